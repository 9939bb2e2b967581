package org.distgray.metrics;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Running totals of a conversion, updated from the Spark listener thread and read by the
 * progress printer; lock-free counters, since both sides touch them many times a second. A band
 * run counts the bands of each image; a batch of whole images counts images as they finish.
 */
public final class Progress {
    private final long startedNanos;
    private final int images;
    private final boolean batch;
    private final AtomicInteger currentImage = new AtomicInteger();
    private final AtomicLong bandsTotal = new AtomicLong();
    private final AtomicLong bandsDone = new AtomicLong();
    private final AtomicLong pixelsTotal = new AtomicLong();
    private final AtomicLong pixelsDone = new AtomicLong();
    private final AtomicLong imagesDone = new AtomicLong();

    /** Progress of {@code images} images cut into bands, started at {@code startedNanos}. */
    public Progress(int images, long startedNanos) {
        this(images, startedNanos, false);
    }

    private Progress(int images, long startedNanos, boolean batch) {
        if (images < 0) {
            throw new IllegalArgumentException("image count must not be negative");
        }
        this.images = images;
        this.startedNanos = startedNanos;
        this.batch = batch;
    }

    /** Progress of {@code images} whole images converted on the executors. */
    public static Progress ofBatch(int images, long startedNanos) {
        return new Progress(images, startedNanos, true);
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

    /**
     * In a batch: the images finished so far (converted, skipped or failed) and the pixels
     * converted; totals, which only grow, so late or repeated reports do no harm.
     */
    public void imagesFinished(long images, long pixels) {
        imagesDone.accumulateAndGet(images, Math::max);
        pixelsDone.accumulateAndGet(pixels, Math::max);
    }

    /** A consistent-enough view for one progress line. */
    public Snapshot snapshot(long nowNanos) {
        return new Snapshot(batch, currentImage.get(), images, imagesDone.get(), bandsDone.get(),
                bandsTotal.get(), pixelsDone.get(), pixelsTotal.get(),
                Math.max(0, nowNanos - startedNanos));
    }

    /** The counters at one instant; {@code imagesDone} counts only in a batch. */
    public record Snapshot(boolean batch, int image, int images, long imagesDone, long bandsDone,
            long bandsTotal, long pixelsDone, long pixelsTotal, long elapsedNanos) {
    }
}
