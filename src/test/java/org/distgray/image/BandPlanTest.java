package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bands are contiguous, cover every row once, differ by at most one row, and are never empty. */
class BandPlanTest {
    private static void assertExactCut(int height, int bands) {
        BandPlan plan = BandPlan.of(height, bands);
        String what = height + " rows in " + bands + " bands";
        assertEquals(height, plan.height(), what);
        assertEquals(Math.min(height, bands), plan.bands(), what);
        int next = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < plan.bands(); i++) {
            assertEquals(next, plan.firstRow(i), "first row of band " + i + ", " + what);
            assertTrue(plan.rows(i) >= 1, "band " + i + " is empty, " + what);
            next += plan.rows(i);
            min = Math.min(min, plan.rows(i));
            max = Math.max(max, plan.rows(i));
        }
        assertEquals(height, next, "rows covered, " + what);
        assertTrue(max - min <= 1, "band sizes " + min + ".." + max + ", " + what);
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
