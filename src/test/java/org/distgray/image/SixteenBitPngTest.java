package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.stream.Stream;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 16-bit PNG keeps its precision: it decodes to 16-bit samples, converts on the 16-bit scale
 * and is written as a 16-bit gray (or gray + alpha) PNG, alpha and tRNS transparency included.
 * A JPEG output, which holds 8 bits, gets each 16-bit gray rounded to the nearest 8-bit value.
 */
class SixteenBitPngTest {
    private static final int WIDTH = 61;
    private static final int HEIGHT = 53;

    static Stream<Arguments> pngs() {
        BufferedImage rgb = TestImages.sixteenBit(WIDTH, HEIGHT, 3, false, 1);
        int key = rgb.getRaster().getSample(5, 0, 0);
        BufferedImage gray = TestImages.sixteenBit(WIDTH, HEIGHT, 1, false, 4);
        return Stream.of(
                Arguments.of("RGB", TestImages.png(rgb), "16-bit colour type 2"),
                Arguments.of("RGBA", TestImages.png(TestImages.sixteenBit(WIDTH, HEIGHT, 3, true,
                        2)), "16-bit colour type 6"),
                Arguments.of("RGB with tRNS", TestImages.png(rgb, false, key,
                        rgb.getRaster().getSample(5, 0, 1), rgb.getRaster().getSample(5, 0, 2)),
                        "16-bit colour type 2, tRNS"),
                Arguments.of("gray", TestImages.png(gray), "16-bit colour type 0"),
                Arguments.of("gray with tRNS", TestImages.png(gray, false,
                        gray.getRaster().getSample(3, 0, 0)), "16-bit colour type 0, tRNS"),
                Arguments.of("gray + alpha", TestImages.png(TestImages.sixteenBit(WIDTH, HEIGHT, 1,
                        true, 5)), "16-bit colour type 4"),
                Arguments.of("RGB interlaced", TestImages.png(rgb, true),
                        "16-bit colour type 2, interlaced"));
    }

    private static GrayImage converted(byte[] png, GrayMethod method) throws BadImageException {
        ColorImage color = TestImages.decoder().decode(png).image();
        assertEquals(16, color.layout().bitDepth(), "decoded at 16 bits");
        return color.toGray(method);
    }

    private static byte[] encoded(GrayImage gray, ImageEncoder encoder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encode(gray, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pngs")
    void pngOutputIsSixteenBitGrayOfTheFormula(String name, byte[] png, String kind)
            throws BadImageException, IOException {
        assertEquals(kind, TestImages.describePng(png), "the input is what the case says");
        BufferedImage source = TestImages.read(png);
        for (GrayMethod method : GrayMethod.values()) {
            GrayImage gray = converted(png, method);
            assertEquals(16, gray.bitDepth());
            byte[] output = encoded(gray, ImageEncoder.png());
            assertEquals(gray.hasAlpha() ? "16-bit colour type 4" : "16-bit colour type 0",
                    TestImages.describePng(output));
            PixelAssertions.assertGray16Of(source, TestImages.read(output), method);
        }
    }

    /** tRNS names one colour transparent: exactly the pixels of that colour get alpha 0. */
    @Test
    void transparentColourBecomesAlpha() throws BadImageException {
        BufferedImage rgb = TestImages.sixteenBit(WIDTH, HEIGHT, 3, false, 1);
        Raster raster = rgb.getRaster();
        int[] key = raster.getPixel(5, 0, (int[]) null);
        GrayImage gray = converted(TestImages.png(rgb, false, key), GrayMethod.BT601);
        int transparent = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean keyed = Arrays.equals(key, raster.getPixel(x, y, (int[]) null));
                assertEquals(keyed ? 0 : 65535, gray.alpha(x, y), "alpha at " + x + "," + y);
                transparent += keyed ? 1 : 0;
            }
        }
        assertEquals(1, transparent, "the edge values make each colour unique in the picture");
    }

    @Test
    void jpegOutputRoundsToEightBits() throws BadImageException, IOException {
        GrayImage gray = converted(TestImages.png(TestImages.sixteenBit(WIDTH, HEIGHT, 3, true,
                6)), GrayMethod.BT601);
        GrayImage eight = gray.toEightBit();
        assertEquals(8, eight.bitDepth());
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int nearest = (int) Math.round(gray.gray(x, y) / 257.0);
                assertEquals(nearest, eight.gray(x, y), "gray at " + x + "," + y);
                assertEquals((int) Math.round(gray.alpha(x, y) / 257.0), eight.alpha(x, y));
            }
        }
        BufferedImage jpeg = TestImages.read(encoded(gray, ImageEncoder.jpeg(100)));
        assertEquals(1, jpeg.getRaster().getNumBands(), "one 8-bit channel");
        assertEquals(8, jpeg.getSampleModel().getSampleSize(0));
        assertEquals(WIDTH, jpeg.getWidth());
    }

    /** Every 16-bit value against the rounding stated in words: nearest, and never a tie. */
    @Test
    void eightBitRoundingIsNearestForEveryValue() {
        byte[] all = new byte[65536 * 2];
        for (int v = 0; v < 65536; v++) {
            all[2 * v] = (byte) (v >>> 8);
            all[2 * v + 1] = (byte) v;
        }
        GrayImage eight = new GrayImage(65536, 1, false, 16, all).toEightBit();
        for (int v = 0; v < 65536; v++) {
            assertEquals(BigDecimal.valueOf(v * 255L).divide(BigDecimal.valueOf(65535), 0,
                    RoundingMode.HALF_UP).intValueExact(), eight.gray(v, 0), "16-bit " + v);
        }
    }
}
