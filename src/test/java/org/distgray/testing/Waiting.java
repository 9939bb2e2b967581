package org.distgray.testing;

import java.util.function.BooleanSupplier;

/** Polls a condition twice a second, for tests that act at a point of a running process. */
public final class Waiting {
    private Waiting() {
    }

    /** Returns when {@code condition} holds or {@code seconds} have passed, whichever is first. */
    public static void until(BooleanSupplier condition, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 2 && !condition.getAsBoolean(); i++) {
            Thread.sleep(500);
        }
    }
}
