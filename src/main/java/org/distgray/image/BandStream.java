package org.distgray.image;

import java.io.IOException;

/**
 * The bands of a picture that becomes available top to bottom, handed out in order, so that the
 * top of a picture can be converted while the rest is still being read or decoded.
 */
public interface BandStream {
    /** How the picture is cut. */
    BandPlan plan();

    int width();

    PixelLayout layout();

    /**
     * How many bands one job of the stream should take, given the task slots that convert them
     * and the samples a job may hold at most.
     */
    int bandsPerJob(int slots, long jobBytes);

    boolean hasNext();

    /** The next band, once its rows (and the row above it) are there. */
    Band next() throws BadImageException, IOException;
}
