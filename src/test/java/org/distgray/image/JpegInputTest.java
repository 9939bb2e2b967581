package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A JPEG's gray output is the formula on the pixels the JPEG decodes to. */
class JpegInputTest {
    private final ImageDecoder decoder = TestImages.decoder();

    private static BufferedImage grayOf(BufferedImage source) {
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(),
                BufferedImage.TYPE_BYTE_GRAY);
        gray.getGraphics().drawImage(source, 0, 0, null);
        return gray;
    }

    static Stream<Arguments> jpegs() {
        return Stream.of(
                Arguments.of("structured 333x211",
                        TestImages.jpeg(TestImages.structured(333, 211))),
                Arguments.of("random 200x150",
                        TestImages.jpeg(TestImages.random(200, 150, false, 8))),
                Arguments.of("1x1", TestImages.jpeg(TestImages.random(1, 1, false, 12))),
                Arguments.of("one-channel gray", TestImages.encode(
                        grayOf(TestImages.structured(120, 90)), "jpeg")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jpegs")
    void grayIsTheFormulaOnTheDecodedPixels(String name, byte[] jpeg) throws BadImageException {
        DecodedImage decoded = decoder.decode(jpeg);
        assertEquals(ImageFormat.JPEG, decoded.format());
        PixelAssertions.assertGrayOf(TestImages.read(jpeg),
                decoded.image().toGray(GrayMethod.BT601));
    }

    @Test
    void jpegOutputIsAValidJpegOfTheSameSize() throws BadImageException, IOException {
        GrayImage gray = decoder.decode(TestImages.jpeg(TestImages.random(64, 48, false, 9)))
                .image().toGray(GrayMethod.BT601);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageEncoder.jpeg(90).encode(gray, out);
        byte[] bytes = out.toByteArray();
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(bytes).orElseThrow());
        BufferedImage written = TestImages.read(bytes);
        assertEquals(64, written.getWidth());
        assertEquals(48, written.getHeight());
        assertEquals(1, written.getRaster().getNumBands(), "a gray JPEG has one channel");
    }
}
