package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.util.Arrays;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adobe CMYK and YCCK JPEGs, as print workflows write them, come out as the gray a user expects
 * of the printed page: white paper white, full black dark, more ink darker. Such files rarely
 * embed an ICC profile, and the reader's warning about that must not fail them.
 *
 * <p>Tolerance: TwelveMonkeys' reader turns CMYK into sRGB through the file's embedded ICC
 * profile or, without one (as here), through its own profile-less conversion, {@code 255 (1 - C)
 * (1 - K)} per channel. A colour-managed viewer with a press profile (SWOP, FOGRA) shows the same
 * inks somewhat differently: black ink alone is a dark gray rather than 0, and dot gain darkens
 * the mid-tones. So this asserts what holds under either rendering: paper at least 250, full
 * black at most 40, half ink a middle gray in 96..160, and gray falling as ink rises; the gray
 * itself is exactly the formula on the RGB the reader produces.
 */
class CmykJpegTest {
    private static final int STRIPE = 16;
    private static final int HEIGHT = 16;
    private static final int[] PAPER = {0, 0, 0, 0};
    private static final int[] BLACK = {0, 0, 0, 255};
    private static final int[] RICH_BLACK = {255, 255, 255, 255};
    private static final int[] CYAN = {255, 0, 0, 0};
    /** Black ink alone, from none to full. */
    private static final int[][] BLACK_RAMP = {PAPER, {0, 0, 0, 64}, {0, 0, 0, 128},
        {0, 0, 0, 192}, BLACK};
    /** Cyan, magenta and yellow together, from none to full, ending with black too. */
    private static final int[][] CMY_RAMP = {PAPER, {64, 64, 64, 0}, {128, 128, 128, 0},
        {192, 192, 192, 0}, RICH_BLACK};
    private static final int[][] PATCHES = {PAPER, BLACK_RAMP[1], BLACK_RAMP[2], BLACK_RAMP[3],
        BLACK, CMY_RAMP[1], CMY_RAMP[2], CMY_RAMP[3], RICH_BLACK, CYAN};

    private static byte[] jpeg(boolean ycck) {
        Raster ink = AdobeJpegs.stripes(STRIPE, HEIGHT, PATCHES);
        return ycck ? AdobeJpegs.ycck(ink) : AdobeJpegs.cmyk(ink);
    }

    private static GrayImage converted(byte[] jpeg) throws BadImageException {
        return TestImages.decoder().decode(jpeg).image().toGray(GrayMethod.BT601);
    }

    /** Gray in the middle of the stripe of {@code ink}, away from its edges. */
    private static int grayOf(GrayImage gray, int[] ink) {
        for (int i = 0; i < PATCHES.length; i++) {
            if (Arrays.equals(PATCHES[i], ink)) {
                return gray.gray(i * STRIPE + STRIPE / 2, HEIGHT / 2);
            }
        }
        throw new IllegalArgumentException("no stripe of ink " + Arrays.toString(ink));
    }

    @ParameterizedTest(name = "YCCK {0}")
    @ValueSource(booleans = {false, true})
    void grayIsTheFormulaOnTheDecodedRgb(boolean ycck) throws BadImageException {
        byte[] jpeg = jpeg(ycck);
        GrayImage gray = converted(jpeg);
        assertEquals(STRIPE * PATCHES.length, gray.width());
        assertEquals(HEIGHT, gray.height());
        assertFalse(gray.hasAlpha(), "the fourth channel is ink, not alpha");
        PixelAssertions.assertGrayOf(TestImages.read(jpeg), gray);
    }

    @ParameterizedTest(name = "YCCK {0}")
    @ValueSource(booleans = {false, true})
    void paperIsWhiteAndInkIsDark(boolean ycck) throws BadImageException {
        GrayImage gray = converted(jpeg(ycck));
        assertTrue(grayOf(gray, PAPER) >= 250, "paper: " + grayOf(gray, PAPER));
        assertTrue(grayOf(gray, BLACK) <= 40, "full black: " + grayOf(gray, BLACK));
        assertTrue(grayOf(gray, RICH_BLACK) <= 40, "all inks: " + grayOf(gray, RICH_BLACK));
        for (int[] half : new int[][] {BLACK_RAMP[2], CMY_RAMP[2]}) {
            int value = grayOf(gray, half);
            assertTrue(value >= 96 && value <= 160, Arrays.toString(half) + ": " + value);
        }
        int cyan = grayOf(gray, CYAN);
        assertTrue(cyan > grayOf(gray, BLACK) && cyan < grayOf(gray, PAPER), "cyan: " + cyan);
    }

    @ParameterizedTest(name = "YCCK {0}")
    @ValueSource(booleans = {false, true})
    void moreInkIsDarker(boolean ycck) throws BadImageException {
        GrayImage gray = converted(jpeg(ycck));
        for (int[][] ramp : new int[][][] {BLACK_RAMP, CMY_RAMP}) {
            for (int i = 1; i < ramp.length; i++) {
                assertTrue(grayOf(gray, ramp[i]) < grayOf(gray, ramp[i - 1]),
                        Arrays.toString(ramp[i]) + " is darker than "
                                + Arrays.toString(ramp[i - 1]));
            }
        }
    }

    /** The two encodings of the same inks give the same gray, but for JPEG rounding. */
    @Test
    void cmykAndYcckAgree() throws BadImageException {
        GrayImage cmyk = converted(jpeg(false));
        GrayImage ycck = converted(jpeg(true));
        for (int[] ink : PATCHES) {
            assertTrue(Math.abs(grayOf(cmyk, ink) - grayOf(ycck, ink)) <= 3, Arrays.toString(ink)
                    + ": CMYK " + grayOf(cmyk, ink) + ", YCCK " + grayOf(ycck, ink));
        }
    }
}
