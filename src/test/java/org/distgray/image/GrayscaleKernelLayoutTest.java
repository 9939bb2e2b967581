package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The kernel reads each layout's channels from the right offsets and carries alpha through. Pure
 * red, green and blue give 76, 150 and 29, so a swapped channel shows at once.
 */
class GrayscaleKernelLayoutTest {
    private static final byte[] RED_GREEN_BLUE = {(byte) 255, 0, 0, 0, (byte) 255, 0, 0, 0,
        (byte) 255};

    private static byte[] grayOfThreePixels(int red, int green, int blue) {
        byte[] dst = new byte[3];
        GrayscaleKernel.convert(RED_GREEN_BLUE,
                PixelLayout.of(3, red, green, blue, PixelLayout.NO_ALPHA), dst, 3);
        return dst;
    }

    @Test
    void rgbOrder() {
        assertArrayEquals(new byte[] {76, (byte) 150, 29}, grayOfThreePixels(0, 1, 2));
    }

    @Test
    void bgrOrderSwapsRedAndBlue() {
        assertArrayEquals(new byte[] {29, (byte) 150, 76}, grayOfThreePixels(2, 1, 0));
    }

    @Test
    void rgbaCarriesAlphaUnchanged() {
        byte[] rgba = {(byte) 255, 0, 0, 7, 0, (byte) 255, 0, (byte) 200, 0, 0, (byte) 255, 0};
        byte[] dst = new byte[6];
        GrayscaleKernel.convert(rgba, PixelLayout.of(4, 0, 1, 2, 3), dst, 3);
        assertArrayEquals(new byte[] {76, 7, (byte) 150, (byte) 200, 29, 0}, dst);
    }

    @Test
    void grayWithAlphaIsCopied() {
        byte[] grayAlpha = {0, 1, 77, (byte) 128, (byte) 255, (byte) 254};
        byte[] dst = new byte[6];
        GrayscaleKernel.convert(grayAlpha, PixelLayout.gray(true), dst, 3);
        assertArrayEquals(grayAlpha, dst);
    }

    @Test
    void refusesArraysTooSmallForThePixelCount() {
        PixelLayout rgb = PixelLayout.of(3, 0, 1, 2, PixelLayout.NO_ALPHA);
        assertThrows(IllegalArgumentException.class,
                () -> GrayscaleKernel.convert(new byte[5], rgb, new byte[2], 2));
        assertThrows(IllegalArgumentException.class,
                () -> GrayscaleKernel.convert(new byte[6], rgb, new byte[1], 2));
        assertThrows(IllegalArgumentException.class,
                () -> GrayscaleKernel.convert(new byte[8], PixelLayout.of(4, 0, 1, 2, 3),
                        new byte[3], 2));
    }
}
