package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PNG in, PNG out: every output pixel is the formula on the input pixel, alpha unchanged. */
class PngRoundTripTest {
    static Stream<Arguments> images() {
        return Stream.of(
                Arguments.of("1x1", TestImages.random(1, 1, false, 1)),
                Arguments.of("one row", TestImages.random(97, 1, false, 2)),
                Arguments.of("one column", TestImages.random(1, 97, false, 3)),
                Arguments.of("7x5", TestImages.random(7, 5, false, 4)),
                Arguments.of("640x480 random", TestImages.random(640, 480, false, 5)),
                Arguments.of("640x480 structured", TestImages.structured(640, 480)),
                Arguments.of("RGBA", TestImages.random(123, 77, true, 6)),
                Arguments.of("RGBA 1x1", TestImages.random(1, 1, true, 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void everyPixelIsTheFormula(String name, BufferedImage source)
            throws BadImageException, IOException {
        DecodedImage decoded = TestImages.decoder()
                .decode(TestImages.png(source));
        assertEquals(ImageFormat.PNG, decoded.format());
        GrayImage gray = decoded.image().toGray(GrayMethod.BT601);
        PixelAssertions.assertGrayOf(source, gray);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageEncoder.png().encode(gray, out);
        BufferedImage written = TestImages.read(out.toByteArray());
        assertEquals(source.getColorModel().hasAlpha(), written.getColorModel().hasAlpha());
        PixelAssertions.assertDecodesTo(gray, written);
    }
}
