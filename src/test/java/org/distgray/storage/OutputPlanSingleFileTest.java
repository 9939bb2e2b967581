package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

/** For a single input, OUTPUT ending in .png, .jpg or .jpeg is the output file itself. */
class OutputPlanSingleFileTest {
    private static final InputFile INPUT = new InputFile(new Path("/data/in/photo.jpg"),
            "photo.jpg", 1);

    @Test
    void outputFileIsUsedAsItIs() {
        OutputPlan plan = OutputPlan.of("/data/result/gray.png", true);
        assertTrue(plan.isSingleFile());
        assertEquals(new Path("/data/result/gray.png"), plan.target(INPUT, "png"));
        assertEquals("png", plan.fileExtension());
    }

    @Test
    void extensionIsReadInAnyCase() {
        assertEquals("jpeg", OutputPlan.of("/data/GRAY.JPEG", true).fileExtension());
        assertEquals("jpg", OutputPlan.of("/data/gray.Jpg", true).fileExtension());
    }

    @Test
    void folderNameIsStillAFolder() {
        OutputPlan plan = OutputPlan.of("/data/out", true);
        assertFalse(plan.isSingleFile());
        assertEquals(new Path("/data/out/photo.png"), plan.target(INPUT, "png"));
    }

    @Test
    void whatNamesAnImageFile() {
        for (String name : List.of("a.png", "a.jpg", "a.jpeg", "A.PNG", "dir/b.JpG",
                "hdfs://nn/x/c.jpeg")) {
            assertTrue(OutputPlan.namesImageFile(name), name);
        }
        for (String name : List.of("out", "out/", "a.png/", "a.gif", "a.png.txt", "a.tiff")) {
            assertFalse(OutputPlan.namesImageFile(name), name);
        }
    }
}
