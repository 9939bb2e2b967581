package org.distgray.run;

import java.io.IOException;
import java.util.List;
import org.distgray.image.BadImageException;
import org.distgray.image.Band;
import org.distgray.image.BandPlan;
import org.distgray.image.BandReader;
import org.distgray.image.BandStream;
import org.distgray.image.ColorImage;
import org.distgray.image.GrayImage;
import org.distgray.image.GrayMethod;
import org.distgray.image.JpegBands;
import org.distgray.image.KernelChoice;
import org.distgray.image.PngRows;
import org.distgray.image.PngSegment;
import org.distgray.image.PngStreamWriter;
import org.distgray.metrics.Phase;
import org.distgray.metrics.PhaseTimes;

/** Image mode: the executor that decoded the image converts it in one piece, on its own thread. */
final class WholeImagePixels implements PixelWork {
    @Override
    public BandPlan plan(ColorImage image, int unit) {
        return BandPlan.of(image.height(), 1);
    }

    @Override
    public GrayImage convert(ImageTask task, ColorImage image, BandPlan plan, GrayMethod method,
            PhaseTimes phases) {
        phases.kernel(KernelChoice.name(method, image.layout()));
        PhaseTimes.Timer convert = phases.start(Phase.CONVERT);
        GrayImage gray = image.toGray(method);
        convert.stop();
        return gray;
    }

    /** Converts in place, then encodes on this thread: the kernel and the encoder timed apart. */
    @Override
    public List<PngSegment> encodePng(ImageTask task, ColorImage image, BandPlan plan,
            GrayMethod method, PhaseTimes phases) {
        GrayImage gray = convert(task, image, plan, method, phases);
        PhaseTimes.Timer encode = phases.start(Phase.ENCODE);
        int rowBytes = gray.width() * gray.bytesPerPixel();
        PngSegment whole = PngRows.deflate(0, gray.samples(), 0, gray.height(), rowBytes, null,
                0, true);
        encode.stop();
        return List.of(whole);
    }

    /** Converts in place, then encodes on this thread: one band, the whole picture. */
    @Override
    public List<byte[]> encodeJpeg(ImageTask task, ColorImage image, BandPlan plan,
            GrayMethod method, int quality, PhaseTimes phases) {
        GrayImage gray = convert(task, image, plan, method, phases);
        PhaseTimes.Timer encode = phases.start(Phase.ENCODE);
        byte[] whole = JpegBands.encode(gray, quality);
        encode.stop();
        return List.of(whole);
    }

    /** Bands only as large as keeps the memory of one image bounded. */
    @Override
    public BandPlan streamPlan(int height, long rowBytes) {
        return BandReader.plan(height, rowBytes, 1);
    }

    /** Reads, converts and encodes one band after the other on this thread. */
    @Override
    public void encodePngStream(ImageTask task, BandStream reader, GrayMethod method,
            PhaseTimes phases, PngStreamWriter png) throws BadImageException, IOException {
        int last = reader.plan().bands() - 1;
        while (reader.hasNext()) {
            PhaseTimes.Timer decode = phases.start(Phase.DECODE);
            Band band = reader.next();
            decode.stop();
            phases.kernel(KernelChoice.name(method, band.layout()));
            PhaseTimes.Timer encode = phases.start(Phase.ENCODE);
            PngSegment segment = band.toPng(method, band.index() == last);
            encode.stop();
            PhaseTimes.Timer write = phases.start(Phase.WRITE);
            png.append(segment);
            write.stop();
        }
    }

    /** This thread both decodes and converts. */
    @Override
    public boolean convertsWhileDecoding() {
        return false;
    }

    @Override
    public String memoryAdvice() {
        return "give the executors more memory (--conf spark.executor.memory=...) or convert it"
                + " with --mode bands";
    }
}
