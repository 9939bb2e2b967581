package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Turning a 16-bit picture upright moves whole 16-bit samples, gray and alpha together: the
 * result's high and low bytes are each what turning an 8-bit picture of those bytes gives, and
 * the 8-bit turn is held to the EXIF table by {@link ExifOrientationTest}.
 */
class SixteenBitOrientationTest {
    private static final int WIDTH = 7;
    private static final int HEIGHT = 5;

    /** Byte {@code k} of every pixel of {@code image}, as an 8-bit gray picture. */
    private static GrayImage byteOf(GrayImage image, int k) {
        int stride = image.bytesPerPixel();
        byte[] plane = new byte[image.width() * image.height()];
        for (int p = 0; p < plane.length; p++) {
            plane[p] = image.samples()[p * stride + k];
        }
        return new GrayImage(image.width(), image.height(), false, plane);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Orientation.class)
    void samplesMoveWhole(Orientation orientation) {
        for (boolean alpha : new boolean[] {false, true}) {
            byte[] samples = new byte[WIDTH * HEIGHT * (alpha ? 4 : 2)];
            new Random(orientation.ordinal()).nextBytes(samples);
            GrayImage image = new GrayImage(WIDTH, HEIGHT, alpha, 16, samples);
            GrayImage upright = orientation.apply(image);
            assertEquals(16, upright.bitDepth());
            assertEquals(alpha, upright.hasAlpha());
            assertEquals(orientation.swapsSides() ? HEIGHT : WIDTH, upright.width());
            for (int k = 0; k < image.bytesPerPixel(); k++) {
                assertEquals(Arrays.toString(orientation.apply(byteOf(image, k))
                        .samples()), Arrays.toString(byteOf(upright, k).samples()),
                        "byte " + k + " of each pixel");
            }
        }
    }
}
