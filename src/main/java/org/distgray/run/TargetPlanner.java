package org.distgray.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.distgray.image.ImageFormat;
import org.distgray.metrics.ImageRecord;
import org.distgray.metrics.PhaseTimes;
import org.distgray.storage.InputFile;
import org.distgray.storage.OutputPlan;

/**
 * Gives every input its output name and format on the driver, before anything is converted.
 * With {@code --format same} the output keeps the format its input's name says (a file named
 * outright without an image extension is judged by its first bytes); two inputs that would
 * write one name (a.jpg and a.png with {@code --format png}) are caught here: the first keeps
 * it, the second fails with both names.
 */
final class TargetPlanner {
    private static final int HEAD_BYTES = 16;

    private final Configuration conf;
    private final OutputPlan outputs;
    private final ConversionSettings settings;

    TargetPlanner(Configuration conf, OutputPlan outputs, ConversionSettings settings) {
        this.conf = conf;
        this.outputs = outputs;
        this.settings = settings;
    }

    /** The tasks to run and the inputs refused before any work, in input order. */
    Plan plan(List<InputFile> inputs) {
        List<ImageTask> tasks = new ArrayList<>();
        List<ImageRecord> refused = new ArrayList<>();
        Map<Path, InputFile> claimed = new HashMap<>();
        for (InputFile input : inputs) {
            String name = input.path().getName();
            Optional<ImageFormat> format = settings.format().or(() -> ImageFormat.ofFileName(name));
            if (format.isEmpty()) {
                byte[] head = head(input);
                format = ImageFormat.sniff(head);
                if (format.isEmpty()) {
                    refused.add(refuse(input, null, head.length == 0 && input.length() > 0
                            ? "cannot be read" : ImageFormat.describeUnsupported(head)));
                    continue;
                }
            }
            Path target = outputs.target(input, format.get().extensionFor(name));
            InputFile first = claimed.putIfAbsent(target, input);
            if (first != null) {
                refused.add(refuse(input, target, "same output " + target + " as "
                        + first.displayPath() + "; rename one of them or convert them"
                        + " separately"));
                continue;
            }
            tasks.add(new ImageTask(tasks.size() + 1, input, target,
                    format.get()));
        }
        return new Plan(tasks, refused);
    }

    private byte[] head(InputFile input) {
        Path path = input.path();
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static ImageRecord refuse(InputFile input, Path target, String reason) {
        return ImageRecord.failed(input.displayPath(), target == null ? null : target.toString(),
                null, 0, 0, reason, new PhaseTimes());
    }

    /** What the planner decided. */
    record Plan(List<ImageTask> tasks, List<ImageRecord> refused) {
    }
}
