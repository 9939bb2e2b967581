package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;

/** A JPEG's gray output is the formula on the pixels the JPEG decodes to. */
class JpegInputTest {
    private final ImageDecoder decoder = new ImageDecoder(PixelLimit.defaultLimit());

    @Test
    void grayIsTheFormulaOnTheDecodedPixels() throws BadImageException {
        byte[] jpeg = TestImages.jpeg(TestImages.structured(333, 211));
        DecodedImage decoded = decoder.decode(jpeg);
        assertEquals(ImageFormat.JPEG, decoded.format());
        ImageAssertions.assertGrayOf(TestImages.read(jpeg), decoded.image().toGray());
    }

    @Test
    void jpegOutputIsAValidJpegOfTheSameSize() throws BadImageException, IOException {
        GrayImage gray = decoder.decode(TestImages.jpeg(TestImages.random(64, 48, false, 9)))
                .image().toGray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageEncoder.jpeg(90).encode(gray, out);
        byte[] bytes = out.toByteArray();
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(bytes).orElseThrow());
        BufferedImage written = TestImages.read(bytes);
        assertEquals(64, written.getWidth());
        assertEquals(48, written.getHeight());
        assertEquals(1, written.getRaster().getNumBands(), "a gray JPEG has one channel");
    }

    @Test
    void formatComesFromTheContentNotTheName() {
        byte[] jpeg = TestImages.jpeg(TestImages.random(8, 8, false, 10));
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(jpeg).orElseThrow());
        assertEquals(ImageFormat.PNG,
                ImageFormat.sniff(TestImages.png(TestImages.random(8, 8, false, 10))).orElseThrow());
    }
}
