package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.distgray.testing.GrayReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bands converted separately and reassembled in any order give the whole-image result. */
class BandAssemblyTest {
    private static final PixelLayout BGR = PixelLayout.of(3, 2, 1, 0, PixelLayout.NO_ALPHA);
    private static final PixelLayout ABGR = PixelLayout.of(4, 3, 2, 1, 0);

    private static ColorImage randomImage(int width, int height, PixelLayout layout) {
        byte[] samples = new byte[width * height * layout.stride()];
        new Random(11).nextBytes(samples);
        return new ColorImage(width, height, layout, samples);
    }

    private static List<GrayBand> convertedBands(ColorImage image, int count) {
        BandPlan plan = BandPlan.of(image.height(), count);
        List<GrayBand> bands = new ArrayList<>();
        for (int i = 0; i < plan.bands(); i++) {
            bands.add(image.band(i, plan.firstRow(i), plan.rows(i)).toGray(GrayMethod.BT601));
        }
        return bands;
    }

    static Stream<Arguments> cuts() {
        return Stream.of(Arguments.of(BGR, 37, 53, 7), Arguments.of(ABGR, 37, 53, 7),
                Arguments.of(BGR, 1, 40, 40), Arguments.of(ABGR, 64, 1, 5),
                Arguments.of(BGR, 300, 211, 16));
    }

    @ParameterizedTest(name = "{1}x{2} in {3} bands, {0}")
    @MethodSource("cuts")
    void shuffledBandsReassembleToTheWholeImage(PixelLayout layout, int width, int height,
            int count) {
        ColorImage image = randomImage(width, height, layout);
        List<GrayBand> bands = convertedBands(image, count);
        Collections.shuffle(bands, new Random(3));
        GrayImage assembled = GrayImage.assemble(width, height, layout.hasAlpha(), bands);
        byte[] src = image.samples();
        for (int p = 0; p < width * height; p++) {
            int s = p * layout.stride();
            int expected = GrayReference.gray(GrayMethod.BT601, src[s + layout.red()] & 0xFF,
                    src[s + layout.green()] & 0xFF, src[s + layout.blue()] & 0xFF);
            assertEquals(expected, assembled.gray(p % width, p / width), "gray of pixel " + p);
            int alpha = layout.hasAlpha() ? src[s + layout.alpha()] & 0xFF : 255;
            assertEquals(alpha, assembled.alpha(p % width, p / width), "alpha of pixel " + p);
        }
    }

    /** 16-bit bands (RGBA, 8 bytes a pixel) come back as a 16-bit gray + alpha picture. */
    @Test
    void sixteenBitBandsReassembleToTheWholeImage() {
        ColorImage image = randomImage(37, 53, PixelLayout.of16(8, 0, 2, 4, 6));
        List<GrayBand> bands = convertedBands(image, 7);
        Collections.shuffle(bands, new Random(5));
        GrayImage assembled = GrayImage.assemble(37, 53, true, bands);
        assertEquals(16, assembled.bitDepth());
        byte[] src = image.samples();
        for (int p = 0; p < 37 * 53; p++) {
            int expected = GrayReference.gray16(GrayMethod.BT601, u16(src, 8 * p),
                    u16(src, 8 * p + 2), u16(src, 8 * p + 4));
            assertEquals(expected, assembled.gray(p % 37, p / 37), "gray of pixel " + p);
            assertEquals(u16(src, 8 * p + 6), assembled.alpha(p % 37, p / 37), "alpha of " + p);
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    @Test
    void bandThatDisagreesOnBitDepthIsRefused() {
        List<GrayBand> bands = convertedBands(randomImage(5, 9, PixelLayout.gray16(false)), 3);
        bands.set(1, randomImage(5, 9, PixelLayout.gray(false)).band(1, 3, 3)
                .toGray(GrayMethod.BT601));
        assertThrows(IllegalArgumentException.class, () -> GrayImage.assemble(5, 9, false, bands));
    }

    @Test
    void missingBandIsRefused() {
        List<GrayBand> bands = convertedBands(randomImage(5, 9, BGR), 3);
        bands.remove(1);
        assertThrows(IllegalArgumentException.class, () -> GrayImage.assemble(5, 9, false, bands));
    }

    @Test
    void repeatedBandIsRefused() {
        List<GrayBand> bands = convertedBands(randomImage(5, 9, BGR), 3);
        bands.add(bands.get(1));
        assertThrows(IllegalArgumentException.class, () -> GrayImage.assemble(5, 9, false, bands));
    }

    @Test
    void partlyOverlappingBandIsRefused() {
        ColorImage image = randomImage(5, 9, BGR);
        List<GrayBand> bands = new ArrayList<>(List.of(image.band(0, 0, 5).toGray(GrayMethod.BT601),
                image.band(1, 4, 5).toGray(GrayMethod.BT601)));
        assertThrows(IllegalArgumentException.class, () -> GrayImage.assemble(5, 9, false, bands));
    }

    @Test
    void bandBelowTheImageIsRefused() {
        List<GrayBand> bands = convertedBands(randomImage(5, 9, BGR), 3);
        assertThrows(IllegalArgumentException.class, () -> GrayImage.assemble(5, 8, false, bands));
    }

    @Test
    void bandThatDisagreesOnAlphaIsRefused() {
        List<GrayBand> bands = convertedBands(randomImage(5, 9, ABGR), 3);
        assertThrows(IllegalArgumentException.class, () -> GrayImage.assemble(5, 9, false, bands));
    }
}
