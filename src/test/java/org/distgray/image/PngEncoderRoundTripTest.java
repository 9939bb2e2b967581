package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the size, depth and alpha, ImageIO reads back exactly the samples encoded. */
class PngEncoderRoundTripTest {
    static List<Arguments> pictures() {
        List<Arguments> pictures = new ArrayList<>();
        int[][] sizes = {{1, 1}, {97, 1}, {1, 97}, {3, 9}, {7, 5}, {33, 17}, {640, 480}};
        for (int bitDepth : new int[] {8, 16}) {
            for (boolean alpha : new boolean[] {false, true}) {
                String kind = bitDepth + "-bit" + (alpha ? " + alpha " : " ");
                for (int[] size : sizes) {
                    pictures.add(Arguments.of(kind + size[0] + "x" + size[1] + " random",
                            GrayPictures.random(size[0], size[1], alpha, bitDepth,
                                    size[0] * 31L + size[1])));
                }
                pictures.add(Arguments.of(kind + "640x480 structured",
                        GrayPictures.structured(640, 480, alpha, bitDepth)));
            }
        }
        return pictures;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pictures")
    void imageIoReadsBackEverySample(String name, GrayImage picture) {
        BufferedImage read = TestImages.read(GrayPictures.encode(picture));
        assertEquals(picture.hasAlpha(), read.getColorModel().hasAlpha(), "alpha");
        assertEquals(picture.bitDepth(), read.getColorModel().getComponentSize(0), "bit depth");
        PixelAssertions.assertDecodesTo(picture, read);
    }
}
