package org.distgray.testing;

import java.util.function.BooleanSupplier;

/** Polls a condition twice a second, for tests that act at a point of a running process. */
public final class Waiting {
    private Waiting() {
    }

    /**
     * Returns once {@code condition} holds; fails the test, saying what it waited for, when it
     * still does not after {@code seconds}.
     */
    public static void until(String what, BooleanSupplier condition, int seconds)
            throws InterruptedException {
        for (int i = 0; i < seconds * 2; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(500);
        }
        if (!condition.getAsBoolean()) {
            throw new AssertionError("waited " + seconds + " s for " + what + " in vain");
        }
    }
}
