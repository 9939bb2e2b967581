package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bands are contiguous, cover every row once, differ by at most one row, and are never empty. */
class BandPlanTest {
    @Test
    void coversEveryRowExactlyOnce() {
        for (int height = 1; height <= 70; height++) {
            for (int bands = 1; bands <= 80; bands++) {
                BandPlan plan = BandPlan.of(height, bands);
                assertEquals(Math.min(height, bands), plan.bands());
                int next = 0;
                int min = Integer.MAX_VALUE;
                int max = 0;
                for (int i = 0; i < plan.bands(); i++) {
                    assertEquals(next, plan.firstRow(i), "band " + i + " of " + height + "/" + bands);
                    assertTrue(plan.rows(i) >= 1);
                    next += plan.rows(i);
                    min = Math.min(min, plan.rows(i));
                    max = Math.max(max, plan.rows(i));
                }
                assertEquals(height, next);
                assertTrue(max - min <= 1);
            }
        }
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> BandPlan.of(0, 1));
        assertThrows(IllegalArgumentException.class, () -> BandPlan.of(10, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> BandPlan.of(10, 2).rows(2));
    }
}
