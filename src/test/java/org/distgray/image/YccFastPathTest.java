package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.distgray.testing.ExifJpegs;
import org.distgray.testing.GrayReference;
import org.distgray.testing.JpegKinds;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain YCbCr JPEGs are decoded to their YCbCr samples and the kernel makes RGB of them itself;
 * on every such JPEG the tests have, every pixel must come out as the formula on what the full
 * decoder (ImageIO, TwelveMonkeys over the JDK's libjpeg) makes of the file, for every method.
 */
class YccFastPathTest {
    private static final ImageDecoder DECODER = new ImageDecoder(PixelLimit.of(1L << 30));

    static Stream<Arguments> plainJpegs() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        BufferedImage random = TestImages.random(131, 77, false, 5);
        BufferedImage structured = TestImages.structured(320, 200);
        JpegKinds.everyKind(random)
                .forEach((kind, bytes) -> cases.add(Arguments.of("random " + kind, bytes)));
        JpegKinds.everyKind(structured)
                .forEach((kind, bytes) -> cases.add(Arguments.of("structured " + kind, bytes)));
        cases.add(Arguments.of("EXIF orientation 6",
                ExifJpegs.withOrientation(TestImages.jpeg(structured), 6, true)));
        JpegKinds.dataSamples().forEach((name, bytes) -> cases.add(Arguments.of(name, bytes)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plainJpegs")
    void everyPixelMatchesTheFullDecoder(String name, byte[] jpeg) throws BadImageException {
        ColorImage ycc = DECODER.decode(jpeg).image();
        assertTrue(ycc.layout().isYcc(), name + " should take the YCbCr path");
        BufferedImage reference = TestImages.read(jpeg);
        int[] argb = reference.getRGB(0, 0, reference.getWidth(), reference.getHeight(), null,
                0, reference.getWidth());
        for (GrayMethod method : GrayMethod.values()) {
            GrayImage gray = ycc.toGray(method);
            for (int p = 0; p < argb.length; p++) {
                int r = argb[p] >> 16 & 0xFF;
                int g = argb[p] >> 8 & 0xFF;
                int b = argb[p] & 0xFF;
                int expected = GrayReference.gray(method, r, g, b);
                int actual = gray.gray(p % gray.width(), p / gray.width());
                if (actual != expected) {
                    assertEquals(expected, actual, name + ", " + method.key() + ", pixel " + p);
                }
            }
        }
    }

    @Test
    void cmykAndYcckJpegsTakeTheFullDecoder() throws BadImageException {
        java.awt.image.Raster ink = AdobeJpegs.stripes(8, 16, new int[] {0, 0, 0, 0},
                new int[] {255, 0, 0, 0}, new int[] {0, 0, 0, 255});
        for (byte[] jpeg : List.of(AdobeJpegs.cmyk(ink), AdobeJpegs.ycck(ink))) {
            assertFalse(DECODER.decode(jpeg).image().layout().isYcc());
        }
    }
}
