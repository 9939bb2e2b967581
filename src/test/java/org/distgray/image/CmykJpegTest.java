package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * Four-channel (CMYK) JPEGs, as print workflows write them: the JDK reader refuses them with
 * "Unsupported Image Type"; distgray decodes them to RGB (TwelveMonkeys' reader) and converts
 * that RGB with the formula. Colour fidelity against real Adobe CMYK and YCCK files is the
 * subject of the fidelity work; this holds the decode path open.
 */
class CmykJpegTest {
    private static final int WIDTH = 48;
    private static final int HEIGHT = 32;

    /** Four channels written raw by the JDK writer: the left half differs from the right. */
    private static byte[] cmykJpeg() throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, WIDTH,
                HEIGHT, 4, null);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean cyan = x < WIDTH / 2;
                raster.setSample(x, y, 0, cyan ? 0 : 255);
                raster.setSample(x, y, 1, 255);
                raster.setSample(x, y, 2, 255);
                raster.setSample(x, y, 3, 255);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    @Test
    void fourChannelJpegDecodesAndConverts() throws IOException, BadImageException {
        byte[] jpeg = cmykJpeg();
        DecodedImage decoded = new ImageDecoder(PixelLimit.defaultLimit()).decode(jpeg);
        assertEquals(WIDTH, decoded.image().width());
        GrayImage gray = decoded.image().toGray();
        BufferedImage rgb = TestImages.read(jpeg);
        ImageAssertions.assertGrayOf(rgb, gray);
    }
}
