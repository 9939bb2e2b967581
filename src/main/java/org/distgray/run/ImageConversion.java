package org.distgray.run;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.Path;
import org.distgray.image.BadImageException;
import org.distgray.image.BandPlan;
import org.distgray.image.BandReader;
import org.distgray.image.ColorImage;
import org.distgray.image.DecodedImage;
import org.distgray.image.DecodingJpeg;
import org.distgray.image.GrayImage;
import org.distgray.image.ImageDecoder;
import org.distgray.image.ImageEncoder;
import org.distgray.image.ImageFormat;
import org.distgray.image.ImageMetadata;
import org.distgray.image.JpegBands;
import org.distgray.image.Orientation;
import org.distgray.image.PngChunk;
import org.distgray.image.PngRowReader;
import org.distgray.image.PngSegment;
import org.distgray.image.PngStreamWriter;
import org.distgray.metrics.ImageRecord;
import org.distgray.metrics.Phase;
import org.distgray.metrics.PhaseTimes;
import org.distgray.metrics.Progress;
import org.distgray.storage.AtomicWriter;
import org.distgray.storage.FileReader;
import org.distgray.storage.OutputConflictException;
import org.distgray.storage.WriteFailedException;

/**
 * Converts one input, phase by phase, and says what became of it. An output that exists is
 * left alone (a rerun resumes where the last one stopped) unless overwriting; every failure a
 * user can cause (a bad file, an output in the way, a full disk) ends as a failed record with
 * its reason; nothing is written unless the whole image was converted, and then only under its
 * final name once complete. The same code runs on the driver in band mode and on executors in
 * image mode.
 */
final class ImageConversion {
    /** Samples above which a PNG is converted as it is read rather than decoded whole. */
    static final long STREAM_ABOVE_BYTES = 64L << 20;
    private static final int STREAM_BUFFER_BYTES = 1 << 16;

    private final FileReader reader;
    private final AtomicWriter writer;
    private final ImageDecoder decoder;
    private final PixelWork pixels;
    private final ConversionSettings settings;

    ImageConversion(Configuration conf, PixelWork pixels, ConversionSettings settings) {
        this.reader = new FileReader(conf);
        this.writer = new AtomicWriter(conf);
        this.decoder = new ImageDecoder(settings.limit());
        this.pixels = pixels;
        this.settings = settings;
    }

    /** Converts {@code task}; {@code progress}, when not null, hears of the image's bands. */
    ImageRecord convert(ImageTask task, Progress progress) {
        PhaseTimes phases = new PhaseTimes();
        String path = task.input().displayPath();
        Path target = task.target();
        ImageFormat format = null;
        int width = 0;
        int height = 0;
        try {
            if (writer.exists(target, task.input().path()) && !settings.overwrite()) {
                return ImageRecord.skipped(path, target.toString(), task.input().length());
            }
            if (task.format().writtenInBands()) {
                ImageRecord streamed = convertStreamed(task, progress, phases);
                if (streamed != null) {
                    return streamed;
                }
            }
            PhaseTimes.Timer read = phases.start(Phase.READ);
            byte[] bytes = reader.readAll(task.input().path());
            read.stop();
            format = ImageFormat.sniff(bytes)
                    .orElseThrow(() -> new BadImageException(
                            ImageFormat.describeUnsupported(bytes)));
            if (task.format().writtenInBands() && pixels.convertsWhileDecoding()) {
                PhaseTimes.Timer start = phases.start(Phase.DECODE);
                Optional<DecodingJpeg> decoding = decoder.startDecoding(bytes);
                start.stop();
                if (decoding.isPresent()) {
                    try (DecodingJpeg jpeg = decoding.get()) {
                        width = jpeg.image().width();
                        height = jpeg.image().height();
                        return convertWhileDecoding(task, jpeg, bytes, progress, phases);
                    }
                }
            }

            PhaseTimes.Timer decode = phases.start(Phase.DECODE);
            DecodedImage decoded = decoder.decode(bytes);
            decode.stop();
            ColorImage color = decoded.image();
            width = color.width();
            height = color.height();

            BandPlan plan = pixels.plan(color,
                    joinsJpegBands(task, decoded) ? JpegBands.BLOCK_ROWS : 1);
            if (progress != null) {
                progress.imageStarted(task.number(), plan.bands(), color.pixels());
            }
            AtomicWriter.Body<RuntimeException> output =
                    encode(task, decoded, plan, bytes, format, phases);

            PhaseTimes.Timer write = phases.start(Phase.WRITE);
            long written;
            try {
                written = writer.write(target, settings.overwrite(), output);
            } finally {
                write.stop();
            }
            return ImageRecord.converted(path, target.toString(), format.key(), width, height,
                    plan.bands(), bytes.length, written, phases);
        } catch (BadImageException | OutputConflictException | WriteFailedException e) {
            return failed(path, target, format, width, height, e.getMessage(), phases);
        } catch (FileNotFoundException e) {
            return failed(path, target, format, width, height, "no such file or directory",
                    phases);
        } catch (IOException e) {
            return failed(path, target, format, width, height, "I/O error: " + e.getMessage(),
                    phases);
        } catch (FSError e) {
            return failed(path, target, format, width, height, "I/O error: "
                    + FailureMessages.oneLine(e.getCause() == null ? e : e.getCause()), phases);
        } catch (OutOfMemoryError e) {
            return failed(path, target, format, width, height, outOfMemory(width, height),
                    phases);
        } catch (Exception e) {
            // Spark's job failures are checked SparkExceptions that its Scala code throws
            // undeclared.
            return failed(path, target, format, width, height, FailureMessages.isOutOfMemory(e)
                    ? outOfMemory(width, height)
                    : "conversion failed: " + FailureMessages.oneLine(e), phases);
        }
    }

    /**
     * The converted picture as the bytes of its output file. An upright PNG or JPEG is encoded
     * band by band where the bands are converted: PNG segments are stitched as they are written,
     * JPEG bands joined by {@link JpegBands}; any other output is converted, turned upright and
     * encoded whole.
     */
    private AtomicWriter.Body<RuntimeException> encode(ImageTask task, DecodedImage decoded,
            BandPlan plan, byte[] input, ImageFormat format, PhaseTimes phases) throws IOException {
        ColorImage color = decoded.image();
        ImageMetadata metadata = ImageMetadata.read(input, format);
        if (task.format().writtenInBands() && decoded.orientation() == Orientation.NORMAL) {
            List<PngSegment> segments = pixels.encodePng(task, color, plan, settings.method(),
                    phases);
            return out -> {
                PngStreamWriter png = PngStreamWriter.start(out, color.width(), color.height(),
                        color.layout().bitDepth(), color.layout().hasAlpha(),
                        metadata.pngChunks());
                for (PngSegment segment : segments) {
                    png.append(segment);
                }
                png.finish();
            };
        }
        if (joinsJpegBands(task, decoded)) {
            List<byte[]> bands = pixels.encodeJpeg(task, color, plan, settings.method(),
                    settings.quality(), phases);
            PhaseTimes.Timer join = phases.start(Phase.ENCODE);
            byte[] output = metadata.writeInto(JpegBands.join(bands), task.format());
            join.stop();
            return out -> out.write(output);
        }
        GrayImage converted = pixels.convert(task, color, plan, settings.method(), phases);
        PhaseTimes.Timer upright = phases.start(Phase.COLLECT);
        GrayImage gray = decoded.orientation().apply(converted);
        upright.stop();

        PhaseTimes.Timer encode = phases.start(Phase.ENCODE);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageEncoder.of(task.format(), settings.quality()).encode(gray, encoded);
        byte[] output = metadata.writeInto(encoded.toByteArray(), task.format());
        encode.stop();
        return out -> out.write(output);
    }

    /**
     * Whether {@code decoded} is written as an upright JPEG that its bands encode apart, each of
     * whole rows of 8x8 blocks, and {@link JpegBands} joins.
     */
    private static boolean joinsJpegBands(ImageTask task, DecodedImage decoded) {
        return task.format() == ImageFormat.JPEG && decoded.orientation() == Orientation.NORMAL
                && JpegBands.joinable(decoded.image().width());
    }

    /**
     * Converts a PNG too big to hold whole (more than {@link #STREAM_ABOVE_BYTES} of samples)
     * band by band as it is read, each band written as soon as it is converted, so that memory
     * holds only the bands in flight; returns null, having read only its head, for a picture
     * that is small enough or that {@link PngRowReader} does not stream. A failure on the way
     * leaves no output, as any other failure.
     */
    private ImageRecord convertStreamed(ImageTask task, Progress progress, PhaseTimes phases)
            throws BadImageException, IOException, OutputConflictException {
        PhaseTimes.Timer open = phases.start(Phase.READ);
        try (InputStream in = new BufferedInputStream(reader.open(task.input().path()),
                STREAM_BUFFER_BYTES)) {
            Optional<PngRowReader> opened = PngRowReader.open(in, settings.limit());
            open.stop();
            if (opened.isEmpty() || opened.get().sampleBytes() <= STREAM_ABOVE_BYTES) {
                return null;
            }
            PngRowReader rows = opened.get();
            BandPlan plan = pixels.streamPlan(rows.height(), rows.rowBytes());
            if (progress != null) {
                progress.imageStarted(task.number(), plan.bands(),
                        (long) rows.width() * rows.height());
            }
            List<PngChunk> chunks = ImageMetadata.read(rows.head(), ImageFormat.PNG).pngChunks();
            long written = writer.write(task.target(), settings.overwrite(), out -> {
                PngStreamWriter png = PngStreamWriter.start(out, rows.width(), rows.height(),
                        rows.layout().bitDepth(), rows.layout().hasAlpha(), chunks);
                pixels.encodePngStream(task, new BandReader(rows, plan), settings.method(),
                        phases, png);
                png.finish();
            });
            return ImageRecord.converted(task.input().displayPath(), task.target().toString(),
                    ImageFormat.PNG.key(), rows.width(), rows.height(), plan.bands(),
                    task.input().length(), written, phases);
        }
    }

    /**
     * Converts a JPEG to PNG while it is decoded: its bands go to the executors as soon as their
     * rows are there, and their segments are written as they come back, in order. A failure on
     * the way, the decoder's at the end included, leaves no output.
     */
    private ImageRecord convertWhileDecoding(ImageTask task, DecodingJpeg jpeg, byte[] bytes,
            Progress progress, PhaseTimes phases)
            throws BadImageException, IOException, OutputConflictException {
        ColorImage image = jpeg.image();
        BandPlan plan = pixels.plan(image, 1);
        if (progress != null) {
            progress.imageStarted(task.number(), plan.bands(), image.pixels());
        }
        List<PngChunk> chunks = ImageMetadata.read(bytes, ImageFormat.JPEG).pngChunks();
        long written = writer.write(task.target(), settings.overwrite(), out -> {
            PngStreamWriter png = PngStreamWriter.start(out, image.width(), image.height(),
                    image.layout().bitDepth(), false, chunks);
            pixels.encodePngStream(task, jpeg.bands(plan), settings.method(), phases, png);
            png.finish();
        });
        return ImageRecord.converted(task.input().displayPath(), task.target().toString(),
                ImageFormat.JPEG.key(), image.width(), image.height(), plan.bands(), bytes.length,
                written, phases);
    }

    private String outOfMemory(int width, int height) {
        return "out of memory converting a " + width + "x" + height + " image; "
                + pixels.memoryAdvice();
    }

    private static String key(ImageFormat format) {
        return format == null ? null : format.key();
    }

    private static ImageRecord failed(String path, Path target, ImageFormat format, int width,
            int height, String reason, PhaseTimes phases) {
        return ImageRecord.failed(path, target.toString(), key(format), width, height, reason,
                phases);
    }
}
