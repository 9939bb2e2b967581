package org.distgray.metrics;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Running totals of a conversion, updated from the Spark listener thread and read by the
 * progress printer; lock-free counters, since both sides touch them many times a second.
 */
public final class Progress {
    private final long startedNanos;
    private final int images;
    private final AtomicInteger currentImage = new AtomicInteger();
    private final AtomicLong bandsTotal = new AtomicLong();
    private final AtomicLong bandsDone = new AtomicLong();
    private final AtomicLong pixelsTotal = new AtomicLong();
    private final AtomicLong pixelsDone = new AtomicLong();

    public Progress(int images, long startedNanos) {
        if (images < 0) {
            throw new IllegalArgumentException("image count must not be negative");
        }
        this.images = images;
        this.startedNanos = startedNanos;
    }

    /** An image has been decoded and its bands are about to be sent out. */
    public void imageStarted(int imageNumber, int bands, long pixels) {
        currentImage.set(imageNumber);
        bandsTotal.addAndGet(bands);
        pixelsTotal.addAndGet(pixels);
    }

    public void bandDone(long pixels) {
        bandsDone.incrementAndGet();
        pixelsDone.addAndGet(pixels);
    }

    /** A consistent-enough view for one progress line. */
    public Snapshot snapshot(long nowNanos) {
        return new Snapshot(currentImage.get(), images, bandsDone.get(), bandsTotal.get(),
                pixelsDone.get(), pixelsTotal.get(), Math.max(0, nowNanos - startedNanos));
    }

    /** The counters at one instant. */
    public record Snapshot(int image, int images, long bandsDone, long bandsTotal,
            long pixelsDone, long pixelsTotal, long elapsedNanos) {
    }
}
