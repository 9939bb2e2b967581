package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bands are contiguous, cover every row once, differ by at most one row (or unit of rows), and
 * are never empty.
 */
class BandPlanTest {
    private static void assertExactCut(int height, int bands) {
        assertExactCut(height, bands, 1);
        assertEquals(BandPlan.of(height, bands), BandPlan.of(height, bands, 1));
    }

    /**
     * Every band but the last is whole units, starting on one, the bands as equal as possible
     * in units, the last ending with the picture, never more bands than units.
     */
    private static void assertExactCut(int height, int bands, int unit) {
        BandPlan plan = BandPlan.of(height, bands, unit);
        String what = height + " rows in " + bands + " bands of " + unit + "-row units";
        int units = (height + unit - 1) / unit;
        assertEquals(height, plan.height(), what);
        assertEquals(Math.min(units, bands), plan.bands(), what);
        int next = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < plan.bands(); i++) {
            assertEquals(next, plan.firstRow(i), "first row of band " + i + ", " + what);
            assertEquals(0, plan.firstRow(i) % unit, "band " + i + " starts off a unit, " + what);
            assertTrue(plan.rows(i) >= 1, "band " + i + " is empty, " + what);
            next += plan.rows(i);
            int bandUnits = (plan.rows(i) + unit - 1) / unit;
            min = Math.min(min, bandUnits);
            max = Math.max(max, bandUnits);
        }
        assertEquals(height, next, "rows covered, " + what);
        assertTrue(max - min <= 1, "band sizes " + min + ".." + max + " units, " + what);
    }

    @Test
    void smallImagesInEveryBandCount() {
        for (int height = 1; height <= 70; height++) {
            for (int bands = 1; bands <= 80; bands++) {
                assertExactCut(height, bands);
            }
        }
    }

    @Test
    void realImageHeightsAroundTheirOwnSize() {
        for (int height : List.of(480, 1600, 2160, 2880, 4320, 65_535)) {
            for (int bands : List.of(7, 16, 64, 97, height - 1, height, height + 1)) {
                assertExactCut(height, bands);
            }
        }
    }

    @Test
    void moreBandsThanRowsGivesOneRowEach() {
        assertExactCut(1, Integer.MAX_VALUE);
        assertExactCut(3, 1_000);
    }

    /** JPEG's bands are whole rows of 8x8 blocks but the last. */
    @Test
    void bandsOfWholeUnitsButTheLast() {
        for (int height = 1; height <= 90; height++) {
            for (int bands = 1; bands <= 14; bands++) {
                assertExactCut(height, bands, 8);
            }
        }
        assertEquals(544, BandPlan.of(4320, 8, 8).rows(0));
        assertEquals(536, BandPlan.of(4320, 8, 8).rows(7));
        assertThrows(IllegalArgumentException.class, () -> new BandPlan(16, 3, 8));
        assertThrows(IllegalArgumentException.class, () -> BandPlan.of(16, 2, 0));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> BandPlan.of(0, 1));
        assertThrows(IllegalArgumentException.class, () -> BandPlan.of(-5, 1));
        assertThrows(IllegalArgumentException.class, () -> BandPlan.of(10, 0));
        assertThrows(IllegalArgumentException.class, () -> BandPlan.of(10, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> BandPlan.of(10, 2).rows(2));
        assertThrows(IndexOutOfBoundsException.class, () -> BandPlan.of(10, 2).firstRow(-1));
    }
}
