package org.distgray.run;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.distgray.image.BadImageException;
import org.distgray.image.BandPlan;
import org.distgray.image.ColorImage;
import org.distgray.image.DecodedImage;
import org.distgray.image.GrayImage;
import org.distgray.image.ImageDecoder;
import org.distgray.image.ImageEncoder;
import org.distgray.image.ImageFormat;
import org.distgray.image.ImageMetadata;
import org.distgray.metrics.ImageRecord;
import org.distgray.metrics.Phase;
import org.distgray.metrics.PhaseTimes;
import org.distgray.metrics.Progress;
import org.distgray.spark.SparkBandConverter;
import org.distgray.storage.AtomicWriter;
import org.distgray.storage.FileReader;
import org.distgray.storage.InputFile;
import org.distgray.storage.OutputConflictException;
import org.distgray.storage.OutputPlan;

/**
 * Converts one input, phase by phase, and says what became of it. Every failure a user can cause
 * (a bad file, an output in the way) ends as a failed record with its reason; nothing is written
 * unless the whole image was converted, and then only under its final name once complete.
 */
final class ImageConversion {
    private final FileReader reader;
    private final AtomicWriter writer;
    private final ImageDecoder decoder;
    private final SparkBandConverter converter;
    private final ConversionSettings settings;
    private final OutputPlan outputs;
    /** The output of every input that got as far as knowing it, to the input that did. */
    private final Map<Path, InputFile> claimed = new HashMap<>();

    ImageConversion(Configuration conf, SparkBandConverter converter, ConversionSettings settings,
            OutputPlan outputs) {
        this.reader = new FileReader(conf);
        this.writer = new AtomicWriter(conf);
        this.decoder = new ImageDecoder(settings.limit());
        this.converter = converter;
        this.settings = settings;
        this.outputs = outputs;
    }

    ImageRecord convert(int number, InputFile input, Progress progress) {
        PhaseTimes phases = new PhaseTimes();
        String path = input.displayPath();
        Path target = null;
        ImageFormat format = null;
        int width = 0;
        int height = 0;
        try {
            PhaseTimes.Timer read = phases.start(Phase.READ);
            byte[] bytes = reader.readAll(input.path());
            read.stop();
            format = ImageFormat.sniff(bytes)
                    .orElseThrow(() -> new BadImageException(ImageFormat.describeUnsupported(bytes)));
            ImageFormat outputFormat = settings.format().orElse(format);
            target = outputs.target(input, OutputPlan.extensionFor(input, outputFormat.extension()));
            claim(target, input);
            writer.checkTarget(target, input.path(), settings.overwrite());

            PhaseTimes.Timer decode = phases.start(Phase.DECODE);
            DecodedImage decoded = decoder.decode(bytes);
            decode.stop();
            ColorImage color = decoded.image();
            width = color.width();
            height = color.height();

            BandPlan plan = converter.plan(height, settings.partitions());
            progress.imageStarted(number, plan.bands(), color.pixels());
            GrayImage converted = converter.convert(number, path, color, plan,
                    settings.method(), phases);
            PhaseTimes.Timer upright = phases.start(Phase.COLLECT);
            GrayImage gray = decoded.orientation().apply(converted);
            upright.stop();

            PhaseTimes.Timer encode = phases.start(Phase.ENCODE);
            ByteArrayOutputStream encoded = new ByteArrayOutputStream();
            ImageEncoder.of(outputFormat, settings.quality()).encode(gray, encoded);
            byte[] output = ImageMetadata.read(bytes, format)
                    .writeInto(encoded.toByteArray(), outputFormat);
            encode.stop();

            PhaseTimes.Timer write = phases.start(Phase.WRITE);
            writer.write(target, settings.overwrite(), out -> out.write(output));
            write.stop();
            return ImageRecord.converted(path, target.toString(), format.name().toLowerCase(
                    java.util.Locale.ROOT), width, height, plan.bands(), phases);
        } catch (BadImageException | OutputConflictException e) {
            return failed(path, target, format, width, height, e.getMessage(), phases);
        } catch (FileNotFoundException e) {
            return failed(path, target, format, width, height, "no such file or directory",
                    phases);
        } catch (IOException e) {
            return failed(path, target, format, width, height, "I/O error: " + e.getMessage(),
                    phases);
        } catch (OutOfMemoryError e) {
            return failed(path, target, format, width, height, "not enough driver memory for a "
                    + width + "x" + height + " image; give the driver more memory"
                    + " (DISTGRAY_DRIVER_MEMORY or spark-submit --driver-memory)", phases);
        } catch (RuntimeException e) {
            return failed(path, target, format, width, height, "conversion failed: "
                    + FailureMessages.oneLine(e), phases);
        }
    }

    /**
     * Reserves {@code target} for {@code input}, refusing it when an earlier input of the run has
     * it. Checked on the name that follows from the content (with {@code --format same}, a JPEG
     * named {@code a.png} writes {@code a.jpg}), so no input ever writes over another's output.
     */
    private void claim(Path target, InputFile input) throws OutputConflictException {
        InputFile first = claimed.putIfAbsent(target, input);
        if (first != null) {
            throw new OutputConflictException("same output " + target + " as "
                    + first.displayPath() + "; rename one of them or convert them separately");
        }
    }

    private static ImageRecord failed(String path, Path target, ImageFormat format, int width,
            int height, String reason, PhaseTimes phases) {
        return ImageRecord.failed(path, target == null ? null : target.toString(),
                format == null ? null : format.name().toLowerCase(java.util.Locale.ROOT), width,
                height, reason, phases);
    }
}
