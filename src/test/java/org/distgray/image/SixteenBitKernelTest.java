package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.distgray.testing.GrayReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The kernel on 16-bit big-endian samples gives every method's formula on the 16-bit scale,
 * as {@link GrayReference} writes it, apart from {@link GrayMethod}. 2^48 colours cannot all be
 * tried: every combination of values at the ends and around each byte boundary is, and a
 * million random colours, in layouts with and without alpha and in two channel orders.
 */
class SixteenBitKernelTest {
    private static final int[] EDGES = {0, 1, 2, 127, 128, 255, 256, 257, 4095, 32767, 32768,
        32769, 65279, 65280, 65534, 65535};
    private static final int RANDOM_COLOURS = 1_000_000;

    /** The colours to try, as r, g, b triples: every edge combination, then random ones. */
    private static int[] colours() {
        int edges = EDGES.length * EDGES.length * EDGES.length;
        int[] rgb = new int[3 * (edges + RANDOM_COLOURS)];
        int i = 0;
        for (int r : EDGES) {
            for (int g : EDGES) {
                for (int b : EDGES) {
                    rgb[i++] = r;
                    rgb[i++] = g;
                    rgb[i++] = b;
                }
            }
        }
        Random random = new Random(16);
        while (i < rgb.length) {
            rgb[i++] = random.nextInt(65536);
        }
        return rgb;
    }

    /** Pixels of {@code layout} holding {@code rgb}, alpha (if any) the pixel's index. */
    private static byte[] pixels(int[] rgb, PixelLayout layout) {
        int count = rgb.length / 3;
        byte[] src = new byte[count * layout.stride()];
        for (int p = 0, s = 0; p < count; p++, s += layout.stride()) {
            put16(src, s + layout.red(), rgb[3 * p]);
            put16(src, s + layout.green(), rgb[3 * p + 1]);
            put16(src, s + layout.blue(), rgb[3 * p + 2]);
            if (layout.hasAlpha()) {
                put16(src, s + layout.alpha(), p & 0xFFFF);
            }
        }
        return src;
    }

    private static void put16(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 8);
        b[at + 1] = (byte) value;
    }

    private static int get16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(GrayMethod.class)
    void everyTriedColourMatchesTheFormula(GrayMethod method) {
        int[] rgb = colours();
        int count = rgb.length / 3;
        for (PixelLayout layout : new PixelLayout[] {PixelLayout.of16(6, 0, 2, 4,
                PixelLayout.NO_ALPHA), PixelLayout.of16(8, 0, 2, 4, 6),
            PixelLayout.of16(8, 6, 4, 2, 0)}) {
            byte[] dst = new byte[count * layout.grayStride()];
            GrayscaleKernel.convert(method, pixels(rgb, layout), layout, dst, count);
            for (int p = 0, d = 0; p < count; p++, d += layout.grayStride()) {
                int expected = GrayReference.gray16(method, rgb[3 * p], rgb[3 * p + 1],
                        rgb[3 * p + 2]);
                if (get16(dst, d) != expected) {
                    assertEquals(expected, get16(dst, d), method + " " + layout + " r="
                            + rgb[3 * p] + " g=" + rgb[3 * p + 1] + " b=" + rgb[3 * p + 2]);
                }
                if (layout.hasAlpha() && get16(dst, d + 2) != (p & 0xFFFF)) {
                    assertEquals(p & 0xFFFF, get16(dst, d + 2), "alpha of pixel " + p);
                }
            }
        }
    }

    /** The one-colour formula the 16-bit loop calls agrees too. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(GrayMethod.class)
    void singleColourFormulaMatches(GrayMethod method) {
        int[] rgb = colours();
        for (int i = 0; i < rgb.length; i += 3) {
            int expected = GrayReference.gray16(method, rgb[i], rgb[i + 1], rgb[i + 2]);
            if (method.gray16(rgb[i], rgb[i + 1], rgb[i + 2]) != expected) {
                assertEquals(expected, method.gray16(rgb[i], rgb[i + 1], rgb[i + 2]),
                        method + " r=" + rgb[i] + " g=" + rgb[i + 1] + " b=" + rgb[i + 2]);
            }
        }
    }

    /** A gray or gray + alpha 16-bit picture comes out unchanged under every method. */
    @Test
    void grayStaysTheSameUnderEveryMethod() {
        byte[] gray = new byte[65536 * 4];
        for (int v = 0; v < 65536; v++) {
            put16(gray, 4 * v, v);
            put16(gray, 4 * v + 2, 65535 - v);
        }
        for (GrayMethod method : GrayMethod.values()) {
            byte[] dst = new byte[gray.length];
            GrayscaleKernel.convert(method, gray, PixelLayout.gray16(true), dst, 65536);
            assertArrayEquals(gray, dst, method + ", gray + alpha");
            byte[] opaque = new byte[65536 * 2];
            for (int v = 0; v < 65536; v++) {
                put16(opaque, 2 * v, v);
            }
            byte[] out = new byte[opaque.length];
            GrayscaleKernel.convert(method, opaque, PixelLayout.gray16(false), out, 65536);
            assertArrayEquals(opaque, out, method + ", gray");
        }
    }

    /** Pure red, green and blue at full scale, so a swapped byte or channel shows at once. */
    @Test
    void primariesGiveTheWeights() {
        assertEquals(19595, GrayMethod.BT601.gray16(65535, 0, 0));
        assertEquals(38469, GrayMethod.BT601.gray16(0, 65535, 0));
        assertEquals(7471, GrayMethod.BT601.gray16(0, 0, 65535));
        byte[] dst = new byte[6];
        GrayscaleKernel.convert(new byte[] {(byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0, 0, 0,
            (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF},
                PixelLayout.of16(6, 0, 2, 4, PixelLayout.NO_ALPHA), dst, 3);
        assertArrayEquals(new int[] {19595, 38469, 7471},
                new int[] {get16(dst, 0), get16(dst, 2), get16(dst, 4)});
    }

    @Test
    void layoutsOfHalfSamplesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PixelLayout.of16(6, 1, 2, 4, PixelLayout.NO_ALPHA));
        assertThrows(IllegalArgumentException.class,
                () -> PixelLayout.of16(6, 0, 2, 5, PixelLayout.NO_ALPHA));
        assertThrows(IllegalArgumentException.class, () -> PixelLayout.of16(5, 0, 2, 2, 4));
        assertThrows(IllegalArgumentException.class, () -> PixelLayout.of16(10, 0, 2, 4, 6));
        assertThrows(IllegalArgumentException.class, () -> PixelLayout.of(5, 0, 1, 2, 3));
    }
}
