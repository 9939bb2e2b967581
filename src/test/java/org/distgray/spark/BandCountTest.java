package org.distgray.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The default is four bands per core, no band thinner than 16 rows, never more bands than rows. */
class BandCountTest {
    @Test
    void fourBandsPerCoreForATallImage() {
        assertEquals(8, BandCount.of(4320, 2, 0));
        assertEquals(64, BandCount.of(4320, 16, 0));
    }

    @Test
    void bandsNeverThinnerThanSixteenRowsByDefault() {
        assertEquals(4320 / 16, BandCount.of(4320, 1000, 0));
        assertEquals(2, BandCount.of(40, 8, 0));
        assertEquals(1, BandCount.of(5, 8, 0));
    }

    @Test
    void requestedCountIsHonouredUpToTheRowCount() {
        assertEquals(100, BandCount.of(4320, 2, 100));
        assertEquals(7, BandCount.of(7, 2, 100));
        assertEquals(1, BandCount.of(1, 2, 3));
    }

    @Test
    void defaultIsTheMostBandsWithinBothLimitsForEveryShape() {
        for (int height = 1; height <= 1200; height++) {
            for (int cores = 1; cores <= 40; cores++) {
                int bands = BandCount.of(height, cores, 0);
                String shape = height + " rows on " + cores + " cores: " + bands + " bands";
                assertTrue(bands >= 1 && bands <= height, shape);
                assertTrue(bands <= BandCount.BANDS_PER_CORE * cores, shape);
                assertTrue(bands == 1 || height / bands >= BandCount.MIN_ROWS,
                        shape + " has a band thinner than 16 rows");
                assertTrue(bands == BandCount.BANDS_PER_CORE * cores
                        || height / (bands + 1) < BandCount.MIN_ROWS,
                        shape + " when one more would still fit both limits");
            }
        }
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> BandCount.of(0, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> BandCount.of(10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> BandCount.of(10, 2, -1));
    }
}
