package org.distgray.run;

import org.distgray.image.BandPlan;
import org.distgray.image.ColorImage;
import org.distgray.image.GrayImage;
import org.distgray.image.GrayMethod;
import org.distgray.metrics.Phase;
import org.distgray.metrics.PhaseTimes;

/** Image mode: the executor that decoded the image converts it in one piece, on its own thread. */
final class WholeImagePixels implements PixelWork {
    @Override
    public BandPlan plan(ColorImage image) {
        return BandPlan.of(image.height(), 1);
    }

    @Override
    public GrayImage convert(ImageTask task, ColorImage image, BandPlan plan, GrayMethod method,
            PhaseTimes phases) {
        PhaseTimes.Timer convert = phases.start(Phase.CONVERT);
        GrayImage gray = image.toGray(method);
        convert.stop();
        return gray;
    }

    @Override
    public String memoryAdvice() {
        return "give the executors more memory (--conf spark.executor.memory=...) or convert it"
                + " with --mode bands";
    }
}
