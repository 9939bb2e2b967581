package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

/**
 * OUTPUT as a folder: each input goes below it at its relative path, sub-folders mirrored, with
 * the extension replaced by the output format's.
 */
class OutputPlanFolderTest {
    private static final OutputPlan PLAN = OutputPlan.of("/data/out", false);

    private static Path target(OutputPlan plan, String relative, String extension) {
        return plan.target(new InputFile(new Path("/data/in/" + relative), relative, 1), extension);
    }

    @Test
    void fileAtTheTopGoesDirectlyBelow() {
        assertFalse(PLAN.isSingleFile());
        assertEquals(new Path("/data/out/photo.png"), target(PLAN, "photo.jpg", "png"));
    }

    @Test
    void subFoldersAreMirrored() {
        assertEquals(new Path("/data/out/2024/june/beach.png"),
                target(PLAN, "2024/june/beach.jpeg", "png"));
    }

    @Test
    void onlyTheLastExtensionIsReplaced() {
        assertEquals(new Path("/data/out/my.holiday.photo.jpg"),
                target(PLAN, "my.holiday.photo.PNG", "jpg"));
    }

    @Test
    void aDotInAFolderNameIsNotAnExtension() {
        assertEquals(new Path("/data/out/v1.2/scan.png"), target(PLAN, "v1.2/scan", "png"));
    }

    @Test
    void sameFormatKeepsTheName() {
        assertEquals(new Path("/data/out/sub/a.png"), target(PLAN, "sub/a.png", "png"));
    }

    @Test
    void uriOutputKeepsItsFileSystem() {
        OutputPlan plan = OutputPlan.of("hdfs://namenode:8020/gray", false);
        assertEquals(new Path("hdfs://namenode:8020/gray/sub/a.png"),
                target(plan, "sub/a.jpg", "png"));
    }

    @Test
    void outputNamedLikeAFileIsAFolderWhenThereAreSeveralInputs() {
        OutputPlan plan = OutputPlan.of("/data/gray.png", false);
        assertFalse(plan.isSingleFile());
        assertEquals(new Path("/data/gray.png/a.png"), target(plan, "a.jpg", "png"));
    }

    @Test
    void anOutputIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> OutputPlan.of("", false));
        assertThrows(IllegalArgumentException.class, () -> OutputPlan.of(null, true));
    }
}
