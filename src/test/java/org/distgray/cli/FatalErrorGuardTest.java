package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A thread that dies of an OutOfMemoryError ends the run: one line naming memory and the settings
 * to raise, Spark stopped, and exit status 1 once the grace period is over.
 */
class FatalErrorGuardTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch exited = new CountDownLatch(1);
    private final AtomicInteger status = new AtomicInteger(-1);
    private final FatalErrorGuard guard = new FatalErrorGuard(err, stopped::countDown,
            Duration.ofMillis(200), code -> {
                status.set(code);
                exited.countDown();
            });

    @Test
    void outOfMemoryInAnotherThreadStopsSparkAndExitsWithOne() throws Exception {
        die(new OutOfMemoryError("Java heap space"), "dispatcher-event-loop-1");

        assertTrue(stopped.await(10, TimeUnit.SECONDS), "Spark was not stopped");
        assertTrue(exited.await(10, TimeUnit.SECONDS), "the process was not ended");
        assertEquals(1, status.get());
        String first = text().lines().findFirst().orElse("");
        assertTrue(first.startsWith("distgray: out of memory in thread dispatcher-event-loop-1"
                + " (Java heap space)"), first);
        assertTrue(first.contains("DISTGRAY_DRIVER_MEMORY"), first);
        assertTrue(first.contains("spark.executor.memory"), first);
        assertEquals(first.substring("distgray: ".length()), guard.reason().orElseThrow());
        assertFalse(text().contains("\tat "), "no stack trace: " + text());
    }

    @Test
    void onlyTheFirstFatalErrorIsReported() throws Exception {
        die(new OutOfMemoryError("first"), "one");
        die(new OutOfMemoryError("second"), "two");

        assertTrue(exited.await(10, TimeUnit.SECONDS));
        assertTrue(text().contains("(first)"), text());
        assertFalse(text().contains("(second)"), text());
    }

    @Test
    void anOrdinaryExceptionIsOneLineAndEndsNothing() throws Exception {
        die(new IllegalStateException("listener gone"), "listener");

        assertFalse(exited.await(500, TimeUnit.MILLISECONDS), "an ordinary failure ended the run");
        assertEquals(1, stopped.getCount());
        assertTrue(guard.reason().isEmpty());
        assertEquals("distgray: thread listener ended: listener gone", text().strip());
    }

    private void die(Throwable error, String name) throws InterruptedException {
        Thread thread = new Thread(() -> {
            if (error instanceof Error fatal) {
                throw fatal;
            }
            throw (RuntimeException) error;
        }, name);
        thread.setUncaughtExceptionHandler(guard);
        thread.start();
        thread.join(10_000);
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
