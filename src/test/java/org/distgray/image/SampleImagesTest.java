package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real samples in data/ decode at their size and convert exactly, pixel by pixel. */
class SampleImagesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"kokkini_4k.png, 3840, 2160", "summer_1am_2560.jpg, 2560, 1600",
        "flow_5k.jpg, 5120, 2880", "mosaic_8k.jpg, 7680, 4320"})
    void convertsExactly(String name, int width, int height)
            throws IOException, BadImageException {
        byte[] bytes = Files.readAllBytes(Path.of("data", name));
        DecodedImage decoded = TestImages.decoder().decode(bytes);
        assertEquals(width, decoded.image().width());
        assertEquals(height, decoded.image().height());
        GrayImage gray = decoded.image().toGray(GrayMethod.BT601);
        PixelAssertions.assertGrayOf(TestImages.read(bytes), gray);
        if (decoded.format() == ImageFormat.PNG) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageEncoder.png().encode(gray, out);
            BufferedImage written = TestImages.read(out.toByteArray());
            PixelAssertions.assertDecodesTo(gray, written);
        }
    }
}
