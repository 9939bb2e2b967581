package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.distgray.testing.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 1-, 2- or 4-bit gray PNG with a tRNS chunk: the pixels whose stored value is the key are
 * fully transparent, all others opaque, and the gray is the value scaled to 8 bits, interlaced or
 * not. The JDK's reader alone makes every pixel opaque.
 */
class LowDepthGrayTransparencyTest {
    private static final int WIDTH = 29;
    private static final int HEIGHT = 17;

    @ParameterizedTest(name = "{0}-bit, key {1}, interlaced {2}")
    @CsvSource({"1, 1, false", "1, 0, true", "2, 2, false", "2, 1, true", "4, 9, false",
        "4, 15, true"})
    void keyedPixelsAreTransparent(int bits, int key, boolean interlaced)
            throws BadImageException {
        BufferedImage source = TestImages.lowDepthGray(WIDTH, HEIGHT, bits);
        byte[] png = TestImages.png(source, interlaced, key);
        assertEquals(bits + "-bit colour type 0" + (interlaced ? ", interlaced" : "") + ", tRNS",
                TestImages.describePng(png));
        GrayImage gray = TestImages.decoder().decode(png).image().toGray(GrayMethod.BT601);
        assertTrue(gray.hasAlpha(), "tRNS gives an alpha channel");
        int max = (1 << bits) - 1;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int stored = source.getRaster().getSample(x, y, 0);
                assertEquals(stored * 255 / max, gray.gray(x, y), "gray at " + x + "," + y);
                assertEquals(stored == key ? 0 : 255, gray.alpha(x, y), "alpha at " + x + "," + y);
            }
        }
    }
}
