package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A band is cut from rows inside its image, and anything else is refused before any copy. */
class BandBoundsTest {
    private static final ColorImage IMAGE = new ColorImage(2, 4, PixelLayout.gray(false),
            new byte[] {0, 1, 10, 11, 20, 21, 30, 31});

    @Test
    void bandHoldsExactlyItsRows() {
        GrayBand band = IMAGE.band(5, 1, 2).toGray(GrayMethod.BT601);
        byte[] whole = new byte[8];
        band.copyInto(whole, 2);
        assertArrayEquals(new byte[] {0, 0, 10, 11, 20, 21, 0, 0}, whole);
    }

    @Test
    void rowsOutsideTheImageAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IMAGE.band(0, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> IMAGE.band(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> IMAGE.band(0, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> IMAGE.band(0, 4, 1));
    }

    /** firstRow + rows overflows int; the band must still be refused, not allocated. */
    @Test
    void rowCountPastIntegerRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IMAGE.band(0, 1, Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class,
                () -> IMAGE.band(0, Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void sampleCountMustMatchTheSize() {
        assertThrows(IllegalArgumentException.class,
                () -> new ColorImage(2, 4, PixelLayout.gray(false), new byte[7]));
        assertThrows(IllegalArgumentException.class,
                () -> new Band(0, 0, 2, 2, PixelLayout.gray(true), new byte[4]));
    }
}
