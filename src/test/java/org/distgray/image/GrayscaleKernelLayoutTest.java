package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The kernel reads each layout's channels from the right offsets and carries alpha through. */
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
    void alphaIsCarriedUnchanged() {
        byte[] abgr = {7, 0, 0, (byte) 255, (byte) 200, 0, (byte) 255, 0};
        byte[] dst = new byte[4];
        GrayscaleKernel.convert(abgr, PixelLayout.of(4, 3, 2, 1, 0), dst, 2);
        assertArrayEquals(new byte[] {76, 7, (byte) 150, (byte) 200}, dst);
    }

    @Test
    void refusesArraysTooSmallForThePixelCount() {
        PixelLayout rgb = PixelLayout.of(3, 0, 1, 2, PixelLayout.NO_ALPHA);
        assertThrows(IllegalArgumentException.class,
                () -> GrayscaleKernel.convert(new byte[5], rgb, new byte[2], 2));
        assertThrows(IllegalArgumentException.class,
                () -> GrayscaleKernel.convert(new byte[6], rgb, new byte[1], 2));
    }
}
