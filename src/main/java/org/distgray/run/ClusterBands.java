package org.distgray.run;

import java.io.IOException;
import java.util.List;
import org.distgray.image.BadImageException;
import org.distgray.image.BandPlan;
import org.distgray.image.BandReader;
import org.distgray.image.BandStream;
import org.distgray.image.ColorImage;
import org.distgray.image.GrayImage;
import org.distgray.image.GrayMethod;
import org.distgray.image.PngSegment;
import org.distgray.image.PngStreamWriter;
import org.distgray.metrics.PhaseTimes;
import org.distgray.spark.SparkBandConverter;

/** Band mode: the driver holds the image and the executors convert its bands. */
final class ClusterBands implements PixelWork {
    private final SparkBandConverter converter;
    private final int requestedBands;

    /** {@code requestedBands}: {@code --partitions}, or 0 to size the bands to the executors. */
    ClusterBands(SparkBandConverter converter, int requestedBands) {
        this.converter = converter;
        this.requestedBands = requestedBands;
    }

    @Override
    public BandPlan plan(ColorImage image, int unit) {
        return converter.plan(image.height(), requestedBands, unit);
    }

    @Override
    public GrayImage convert(ImageTask task, ColorImage image, BandPlan plan, GrayMethod method,
            PhaseTimes phases) {
        return converter.convert(task.number(), task.input().displayPath(), image, plan, method,
                phases);
    }

    @Override
    public List<PngSegment> encodePng(ImageTask task, ColorImage image, BandPlan plan,
            GrayMethod method, PhaseTimes phases) {
        return converter.encodePng(task.number(), task.input().displayPath(), image, plan,
                method, phases);
    }

    @Override
    public List<byte[]> encodeJpeg(ImageTask task, ColorImage image, BandPlan plan,
            GrayMethod method, int quality, PhaseTimes phases) {
        return converter.encodeJpeg(task.number(), task.input().displayPath(), image, plan,
                method, quality, phases);
    }

    /** As many bands as the cluster wants, or more where they would be too large. */
    @Override
    public BandPlan streamPlan(int height, long rowBytes) {
        return BandReader.plan(height, rowBytes,
                converter.plan(height, requestedBands, 1).bands());
    }

    @Override
    public void encodePngStream(ImageTask task, BandStream reader, GrayMethod method,
            PhaseTimes phases, PngStreamWriter png) throws BadImageException, IOException {
        converter.encodePngStream(task.number(), task.input().displayPath(), reader, method,
                phases, png);
    }

    /** The executors convert bands while the driver decodes. */
    @Override
    public boolean convertsWhileDecoding() {
        return true;
    }

    @Override
    public String memoryAdvice() {
        return "give the driver more memory (DISTGRAY_DRIVER_MEMORY or spark-submit"
                + " --driver-memory; with a local master the driver also converts the bands)"
                + " or the executors (--conf spark.executor.memory=...)";
    }
}
