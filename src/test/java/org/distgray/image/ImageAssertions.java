package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.distgray.testing.PixelAssertions;

/** Pixel-by-pixel checks of a converted image against the formula on its source. */
final class ImageAssertions {
    private ImageAssertions() {
    }

    /** Every gray pixel is the formula on the source pixel; alpha is unchanged when present. */
    static void assertGrayOf(BufferedImage source, GrayImage gray) {
        PixelAssertions.assertGrayOf(source, gray.width(), gray.height(), gray::gray, gray::alpha);
    }

    /** A decoded output file holds exactly {@code expected}'s gray (and alpha) samples. */
    static void assertDecodesTo(GrayImage expected, BufferedImage output) {
        assertEquals(expected.width(), output.getWidth(), "width");
        assertEquals(expected.height(), output.getHeight(), "height");
        var raster = output.getRaster();
        for (int y = 0; y < output.getHeight(); y++) {
            for (int x = 0; x < output.getWidth(); x++) {
                int gray = raster.getSample(x, y, 0);
                if (gray != expected.gray(x, y)) {
                    assertEquals(expected.gray(x, y), gray, "output gray at " + x + "," + y);
                }
                if (expected.hasAlpha()) {
                    assertEquals(expected.alpha(x, y), raster.getSample(x, y, 1),
                            "output alpha at " + x + "," + y);
                }
            }
        }
    }
}
