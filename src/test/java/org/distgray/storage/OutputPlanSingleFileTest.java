package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

/** For a single input and an OUTPUT that names a file, OUTPUT is the output file itself. */
class OutputPlanSingleFileTest {
    private static final InputFile INPUT = new InputFile(new Path("/data/in/photo.jpg"),
            "photo.jpg", 1);

    @Test
    void outputFileIsUsedAsItIs() {
        OutputPlan plan = OutputPlan.of("/data/result/gray.png", true);
        assertTrue(plan.isSingleFile());
        assertEquals(new Path("/data/result/gray.png"), plan.target(INPUT, "png"));
    }

    @Test
    void folderNameIsStillAFolder() {
        OutputPlan plan = OutputPlan.of("/data/out", false);
        assertFalse(plan.isSingleFile());
        assertEquals(new Path("/data/out/photo.png"), plan.target(INPUT, "png"));
    }
}
