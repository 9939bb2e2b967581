package org.distgray.run;

import java.util.List;
import org.distgray.image.BandPlan;
import org.distgray.image.ColorImage;
import org.distgray.image.GrayImage;
import org.distgray.image.GrayMethod;
import org.distgray.image.PngSegment;
import org.distgray.metrics.PhaseTimes;

/**
 * Where the pixels of one decoded image become gray: cut into bands across the cluster, or in
 * one piece where the image already is. Everything else about converting an image (names,
 * reading, decoding, writing, failures) is the same either way.
 */
interface PixelWork {
    /** How {@code image} is cut. */
    BandPlan plan(ColorImage image);

    /** Converts {@code image} of {@code task} along {@code plan}, timing what it does. */
    GrayImage convert(ImageTask task, ColorImage image, BandPlan plan, GrayMethod method,
            PhaseTimes phases);

    /**
     * Converts {@code image} and encodes the gray picture as the deflated segments of a PNG
     * stream, one per band of {@code plan}, in order.
     */
    List<PngSegment> encodePng(ImageTask task, ColorImage image, BandPlan plan,
            GrayMethod method, PhaseTimes phases);

    /** What a user can do when an image does not fit in the memory this work runs in. */
    String memoryAdvice();
}
