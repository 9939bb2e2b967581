package org.distgray.run;

import java.io.IOException;
import java.util.List;
import org.distgray.image.BadImageException;
import org.distgray.image.BandPlan;
import org.distgray.image.BandStream;
import org.distgray.image.ColorImage;
import org.distgray.image.GrayImage;
import org.distgray.image.GrayMethod;
import org.distgray.image.PngSegment;
import org.distgray.image.PngStreamWriter;
import org.distgray.metrics.PhaseTimes;

/**
 * Where the pixels of one decoded image become gray: cut into bands across the cluster, or in
 * one piece where the image already is. Everything else about converting an image (names,
 * reading, decoding, writing, failures) is the same either way.
 */
interface PixelWork {
    /** How {@code image} is cut, into bands of whole {@code unit}s of rows but the last. */
    BandPlan plan(ColorImage image, int unit);

    /** Converts {@code image} of {@code task} along {@code plan}, timing what it does. */
    GrayImage convert(ImageTask task, ColorImage image, BandPlan plan, GrayMethod method,
            PhaseTimes phases);

    /**
     * Converts {@code image} and encodes the gray picture as the deflated segments of a PNG
     * stream, one per band of {@code plan}, in order.
     */
    List<PngSegment> encodePng(ImageTask task, ColorImage image, BandPlan plan,
            GrayMethod method, PhaseTimes phases);

    /**
     * Converts {@code image} and encodes the gray picture as JPEGs at {@code quality}, one per
     * band of {@code plan}, in order, for {@link org.distgray.image.JpegBands#join}.
     */
    List<byte[]> encodeJpeg(ImageTask task, ColorImage image, BandPlan plan, GrayMethod method,
            int quality, PhaseTimes phases);

    /** How a picture of {@code height} rows of {@code rowBytes} is cut when it is streamed. */
    BandPlan streamPlan(int height, long rowBytes);

    /**
     * Converts the bands {@code reader} gives, top to bottom, and appends them to {@code png} as
     * the segments of its stream, in order.
     */
    void encodePngStream(ImageTask task, BandStream reader, GrayMethod method,
            PhaseTimes phases, PngStreamWriter png) throws BadImageException, IOException;

    /**
     * Whether the bands of a picture are converted elsewhere while this thread decodes the
     * rest, so that decoding it as a stream saves time.
     */
    boolean convertsWhileDecoding();

    /** What a user can do when an image does not fit in the memory this work runs in. */
    String memoryAdvice();
}
