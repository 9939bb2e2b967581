package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A JPEG output's bands, encoded apart, join into the very bytes of the whole picture's JPEG,
 * for every cut of whole rows of blocks, however many restart markers wrap past RST7.
 */
class JpegBandsJoinTest {
    @Test
    void joinedBandsAreTheWholePicturesBytes() throws IOException {
        for (int width : new int[] {1, 7, 8, 9, 100}) {
            for (int height : new int[] {1, 7, 8, 9, 70, 203}) {
                GrayImage picture = GrayPictures.structured(width, height, false, 8);
                byte[] whole = JpegBands.encode(picture, 90);
                for (int bands : new int[] {1, 2, 3, 5, 30}) {
                    BandPlan plan = BandPlan.of(height, bands, JpegBands.BLOCK_ROWS);
                    assertArrayEquals(whole, JpegBands.join(encodeBands(picture, plan, 90)),
                            width + "x" + height + " in " + plan.bands() + " bands");
                }
            }
        }
    }

    @Test
    void sixteenBitAndAlphaPicturesJoinToo() throws IOException {
        for (boolean alpha : new boolean[] {false, true}) {
            for (int bitDepth : new int[] {8, 16}) {
                GrayImage picture = GrayPictures.random(61, 130, alpha, bitDepth, 11);
                BandPlan plan = BandPlan.of(130, 6, JpegBands.BLOCK_ROWS);
                assertArrayEquals(JpegBands.encode(picture, 75),
                        JpegBands.join(encodeBands(picture, plan, 75)),
                        (alpha ? "gray + alpha, " : "gray, ") + bitDepth + " bits");
            }
        }
    }

    /** The join is a standard file: ImageIO decodes it to the whole encoding's pixels. */
    @Test
    void theJoinedFileDecodesWithEveryRestart() throws IOException {
        GrayImage picture = GrayPictures.random(333, 300, false, 8, 3);
        byte[] joined = JpegBands.join(
                encodeBands(picture, BandPlan.of(300, 7, JpegBands.BLOCK_ROWS), 90));
        int restarts = 0;
        for (int i = 0; i + 1 < joined.length; i++) {
            int marker = joined[i + 1] & 0xFF;
            if ((joined[i] & 0xFF) == 0xFF && marker >= 0xD0 && marker <= 0xD7) {
                assertEquals(0xD0 + restarts % 8, marker, "restart marker " + restarts);
                restarts++;
            }
        }
        assertEquals((300 + 7) / 8 - 1, restarts, "one restart between rows of blocks");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(joined));
        BufferedImage reference = ImageIO.read(new ByteArrayInputStream(
                JpegBands.encode(picture, 90)));
        assertEquals(333, decoded.getWidth());
        assertEquals(300, decoded.getHeight());
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 333; x++) {
                assertEquals(reference.getRaster().getSample(x, y, 0),
                        decoded.getRaster().getSample(x, y, 0), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void refusesBandsThatDoNotJoin() throws IOException {
        GrayImage picture = GrayPictures.structured(40, 30, false, 8);
        List<byte[]> offBlocks = encodeBands(picture, BandPlan.of(30, 2), 90);
        assertTrue(BandPlan.of(30, 2).rows(0) % 8 != 0);
        assertThrows(IllegalArgumentException.class, () -> JpegBands.join(offBlocks));
        byte[] narrower = JpegBands.encode(GrayPictures.structured(32, 8, false, 8), 90);
        assertThrows(IllegalArgumentException.class, () -> JpegBands.join(
                List.of(JpegBands.encode(GrayPictures.structured(40, 8, false, 8), 90),
                        narrower)));
        assertThrows(IllegalArgumentException.class, () -> JpegBands.join(List.of()));
        byte[] cut = JpegBands.encode(picture, 90);
        assertThrows(IllegalArgumentException.class,
                () -> JpegBands.join(List.of(Arrays.copyOf(cut, cut.length - 1))));
    }

    @Test
    void joinableWidthsAreThoseARestartIntervalCounts() {
        assertTrue(JpegBands.joinable(1));
        assertTrue(JpegBands.joinable(65_535 * 8));
        assertTrue(!JpegBands.joinable(65_535 * 8 + 1));
    }

    private static List<byte[]> encodeBands(GrayImage picture, BandPlan plan, int quality) {
        int rowBytes = picture.width() * picture.bytesPerPixel();
        List<byte[]> bands = new ArrayList<>();
        for (int i = 0; i < plan.bands(); i++) {
            byte[] rows = Arrays.copyOfRange(picture.samples(), plan.firstRow(i) * rowBytes,
                    (plan.firstRow(i) + plan.rows(i)) * rowBytes);
            bands.add(JpegBands.encode(new GrayImage(picture.width(), plan.rows(i),
                    picture.hasAlpha(), picture.bitDepth(), rows), quality));
        }
        return bands;
    }
}
