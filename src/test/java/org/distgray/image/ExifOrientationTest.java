package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.distgray.testing.ExifJpegs;
import org.distgray.testing.GrayReference;
import org.distgray.testing.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JPEG with EXIF orientation 1..8 comes out upright, as a viewer shows it. The stored pictures
 * are built from the EXIF specification's table (which side row 0 and column 0 are shown on),
 * not from the code's own pixel mapping: four quadrants of distinct colours must land where the
 * upright picture has them.
 */
class ExifOrientationTest {
    private static final int WIDTH = 32;
    private static final int HEIGHT = 48;
    /** Upright quadrants: top left red, top right green, bottom left blue, bottom right white. */
    private static final int[][] UPRIGHT = {{0xFF0000, 0x00FF00}, {0x0000FF, 0xFFFFFF}};
    /**
     * For each orientation, the visual quadrant (row, column) of stored quadrant (r, c), from
     * the EXIF table: 1 row 0 top, column 0 left; 2 top, right; 3 bottom, right; 4 bottom, left;
     * 5 left, top; 6 right, top; 7 right, bottom; 8 left, bottom.
     */
    private static int[] visual(int orientation, int r, int c) {
        return switch (orientation) {
            case 1 -> new int[] {r, c};
            case 2 -> new int[] {r, 1 - c};
            case 3 -> new int[] {1 - r, 1 - c};
            case 4 -> new int[] {1 - r, c};
            case 5 -> new int[] {c, r};
            case 6 -> new int[] {c, 1 - r};
            case 7 -> new int[] {1 - c, 1 - r};
            default -> new int[] {1 - c, r};
        };
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void outputIsUpright(int orientation) throws BadImageException {
        boolean swaps = orientation >= 5;
        int storedWidth = swaps ? HEIGHT : WIDTH;
        int storedHeight = swaps ? WIDTH : HEIGHT;
        BufferedImage stored = new BufferedImage(storedWidth, storedHeight,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < storedHeight; y++) {
            for (int x = 0; x < storedWidth; x++) {
                int[] at = visual(orientation, y * 2 / storedHeight, x * 2 / storedWidth);
                stored.setRGB(x, y, UPRIGHT[at[0]][at[1]]);
            }
        }
        byte[] jpeg = ExifJpegs.withOrientation(TestImages.jpeg(stored), orientation,
                orientation % 2 == 0);

        DecodedImage decoded = TestImages.decoder().decode(jpeg);
        assertEquals(Orientation.of(orientation), decoded.orientation());
        GrayImage upright = decoded.orientation().apply(decoded.image().toGray(GrayMethod.BT601));
        assertEquals(WIDTH, upright.width());
        assertEquals(HEIGHT, upright.height());
        for (int qr = 0; qr < 2; qr++) {
            for (int qc = 0; qc < 2; qc++) {
                int rgb = UPRIGHT[qr][qc];
                int expected = GrayReference.bt601(rgb);
                int actual = upright.gray(WIDTH / 4 + qc * WIDTH / 2, HEIGHT / 4 + qr * HEIGHT / 2);
                assertTrue(Math.abs(expected - actual) <= 8, "quadrant " + qr + "," + qc
                        + ": expected about " + expected + ", got " + actual);
            }
        }
    }
}
