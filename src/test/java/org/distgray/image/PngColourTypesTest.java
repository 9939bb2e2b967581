package org.distgray.image;

import static java.awt.color.ColorSpace.CS_GRAY;
import static java.awt.image.DataBuffer.TYPE_BYTE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.Random;
import java.util.stream.Stream;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every PNG colour type and bit depth up to 8, not only 8-bit RGB(A): each gray pixel is the
 * formula on the pixel the file holds (samples scaled to 8 bits, palette entries as stored),
 * alpha unchanged. Translucent pixels keep their colour too, however low their alpha. 16-bit
 * PNGs stay 16-bit: {@link SixteenBitPngTest}.
 */
class PngColourTypesTest {
    private static final int WIDTH = 61;
    private static final int HEIGHT = 37;

    private static ColorModel components(int colourSpace, boolean alpha, int dataType) {
        return new ComponentColorModel(ColorSpace.getInstance(colourSpace), alpha, false,
                alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, dataType);
    }

    private static IndexColorModel palette(int bits, boolean alpha, long seed) {
        int size = 1 << bits;
        byte[][] entries = new byte[4][size];
        Random random = new Random(seed);
        for (byte[] channel : entries) {
            random.nextBytes(channel);
        }
        return alpha
                ? new IndexColorModel(bits, size, entries[0], entries[1], entries[2], entries[3])
                : new IndexColorModel(bits, size, entries[0], entries[1], entries[2]);
    }

    /** Random samples in every band, over the full range of each band's bit depth. */
    private static BufferedImage random(ColorModel colors, long seed) {
        WritableRaster raster = colors.createCompatibleWritableRaster(WIDTH, HEIGHT);
        Random random = new Random(seed);
        int[] bits = raster.getSampleModel().getSampleSize();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                for (int band = 0; band < bits.length; band++) {
                    raster.setSample(x, y, band, random.nextInt(1 << bits[band]));
                }
            }
        }
        return new BufferedImage(colors, raster, false, null);
    }

    static Stream<Arguments> pngs() {
        return Stream.of(
                Arguments.of("gray 8-bit", components(CS_GRAY, false, TYPE_BYTE)),
                Arguments.of("gray + alpha 8-bit", components(CS_GRAY, true, TYPE_BYTE)),
                Arguments.of("palette 1-bit", palette(1, false, 1)),
                Arguments.of("palette 2-bit", palette(2, false, 2)),
                Arguments.of("palette 4-bit with transparency", palette(4, true, 4)),
                Arguments.of("palette 8-bit", palette(8, false, 8)),
                Arguments.of("palette 8-bit with transparency", palette(8, true, 9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pngs")
    void everyPixelIsTheFormula(String name, ColorModel colors) throws BadImageException {
        byte[] png = TestImages.png(random(colors, name.hashCode()));
        DecodedImage decoded = TestImages.decoder().decode(png);
        assertEquals(ImageFormat.PNG, decoded.format());
        PixelAssertions.assertGrayOf(TestImages.read(png),
                decoded.image().toGray(GrayMethod.BT601));
    }
}
