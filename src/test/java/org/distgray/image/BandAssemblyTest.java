package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bands converted separately and reassembled in any order give the whole-image result. */
class BandAssemblyTest {
    private static ColorImage randomImage(int width, int height, PixelLayout layout) {
        byte[] samples = new byte[width * height * layout.stride()];
        new Random(11).nextBytes(samples);
        return new ColorImage(width, height, layout, samples);
    }

    private static List<GrayBand> convertedBands(ColorImage image, int count) {
        BandPlan plan = BandPlan.of(image.height(), count);
        List<GrayBand> bands = new ArrayList<>();
        for (int i = 0; i < plan.bands(); i++) {
            bands.add(image.band(i, plan.firstRow(i), plan.rows(i)).toGray());
        }
        return bands;
    }

    @Test
    void shuffledBandsReassembleToTheWholeImage() {
        for (PixelLayout layout : List.of(PixelLayout.of(3, 2, 1, 0, PixelLayout.NO_ALPHA),
                PixelLayout.of(4, 3, 2, 1, 0))) {
            ColorImage image = randomImage(37, 53, layout);
            List<GrayBand> bands = convertedBands(image, 7);
            Collections.shuffle(bands, new Random(3));
            GrayImage assembled = GrayImage.assemble(37, 53, layout.hasAlpha(), bands);
            assertArrayEquals(image.toGray().samples(), assembled.samples());
            byte[] src = image.samples();
            for (int p = 0; p < 37 * 53; p++) {
                int s = p * layout.stride();
                int expected = GrayscaleKernel.gray(src[s + layout.red()] & 0xFF,
                        src[s + layout.green()] & 0xFF, src[s + layout.blue()] & 0xFF);
                assertEquals(expected, assembled.gray(p % 37, p / 37), "pixel " + p);
            }
        }
    }

    @Test
    void missingOrRepeatedBandIsRefused() {
        ColorImage image = randomImage(5, 9, PixelLayout.of(3, 0, 1, 2, PixelLayout.NO_ALPHA));
        List<GrayBand> bands = convertedBands(image, 3);
        List<GrayBand> missing = new ArrayList<>(bands.subList(0, 2));
        List<GrayBand> repeated = new ArrayList<>(bands);
        repeated.add(bands.get(1));
        assertThrows(IllegalArgumentException.class, () -> GrayImage.assemble(5, 9, false, missing));
        assertThrows(IllegalArgumentException.class, () -> GrayImage.assemble(5, 9, false, repeated));
    }
}
