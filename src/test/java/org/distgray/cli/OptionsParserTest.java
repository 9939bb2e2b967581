package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.distgray.image.GrayMethod;
import org.distgray.image.ImageFormat;
import org.distgray.image.PixelLimit;
import org.distgray.run.Mode;
import org.junit.jupiter.api.Test;

/** Options anywhere on the line, in both spellings, with their defaults when absent. */
class OptionsParserTest {
    @Test
    void defaults() throws UsageException {
        Options o = OptionsParser.parse(new String[] {"a.jpg", "-o", "out"});
        assertEquals(List.of("a.jpg"), o.inputs());
        assertEquals("out", o.output());
        assertNull(o.format());
        assertEquals(90, o.quality());
        assertNull(o.master());
        assertEquals(0, o.partitions());
        assertNull(o.metrics());
        assertFalse(o.overwrite());
        assertFalse(o.quiet());
        assertEquals(PixelLimit.DEFAULT_MAX_PIXELS, o.maxPixels());
        assertTrue(o.sparkConf().isEmpty());
    }

    @Test
    void everyOptionInBothSpellings() throws UsageException {
        Options o = OptionsParser.parse(new String[] {"--format=jpeg", "a.png", "--quality", "75",
            "--master=local[2]", "--partitions", "12", "b/", "--metrics", "m.json", "--overwrite",
            "--quiet", "--max-pixels=1000", "--conf", "spark.a=1", "--conf=spark.b=x=y",
            "--output", "out", "--", "-odd-name.jpg"});
        assertEquals(List.of("a.png", "b/", "-odd-name.jpg"), o.inputs());
        assertEquals(ImageFormat.JPEG, o.format());
        assertEquals(75, o.quality());
        assertEquals("local[2]", o.master());
        assertEquals(12, o.partitions());
        assertEquals("m.json", o.metrics());
        assertTrue(o.overwrite());
        assertTrue(o.quiet());
        assertEquals(1000, o.maxPixels());
        assertEquals(Map.of("spark.a", "1", "spark.b", "x=y"), o.sparkConf());
    }

    @Test
    void sameMeansEachInputsOwnFormat() throws UsageException {
        assertNull(OptionsParser.parse(new String[] {"a.png", "-o", "o", "--format", "same"})
                .format());
    }

    @Test
    void methodInAnyCase() throws UsageException {
        for (String value : List.of("bt709", "BT709", "Bt709")) {
            assertEquals(GrayMethod.BT709, OptionsParser.parse(new String[] {"a.png", "-o", "o",
                "--method", value}).method(), value);
        }
    }

    @Test
    void modeInAnyCase() throws UsageException {
        for (String value : List.of("bands", "BANDS", "Bands")) {
            assertEquals(Mode.BANDS, OptionsParser.parse(new String[] {"a.png", "-o", "o",
                "--mode", value}).mode(), value);
        }
    }

    @Test
    void unknownValueListsTheValidOnes() {
        UsageException method = assertThrows(UsageException.class, () -> OptionsParser.parse(
                new String[] {"a.png", "-o", "o", "--method", "hsv"}));
        assertEquals("--method must be bt601, bt709, average or luminance, not 'hsv'",
                method.getMessage());
        UsageException mode = assertThrows(UsageException.class, () -> OptionsParser.parse(
                new String[] {"a.png", "-o", "o", "--mode=tiles"}));
        assertEquals("--mode must be auto, bands or images, not 'tiles'", mode.getMessage());
    }
}
