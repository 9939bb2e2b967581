package org.distgray.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code auto} sends whole images to the executors when they outnumber the task slots, and bands
 * otherwise or when a band count was asked for; an explicit mode is kept whatever the run.
 */
class ModeTest {
    @Test
    void autoFollowsTheRunsSize() {
        assertEquals(Mode.IMAGES, Mode.AUTO.resolve(3, 2, false));
        assertEquals(Mode.BANDS, Mode.AUTO.resolve(2, 2, false));
        assertEquals(Mode.BANDS, Mode.AUTO.resolve(1, 64, false));
        assertEquals(Mode.BANDS, Mode.AUTO.resolve(1000, 2, true), "--partitions asks for bands");
    }

    @Test
    void explicitModesAreKept() {
        assertEquals(Mode.BANDS, Mode.BANDS.resolve(1000, 2, false));
        assertEquals(Mode.IMAGES, Mode.IMAGES.resolve(1, 64, false));
    }
}
