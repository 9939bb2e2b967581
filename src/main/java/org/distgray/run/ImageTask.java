package org.distgray.run;

import java.io.Serializable;
import org.apache.hadoop.fs.Path;
import org.distgray.image.ImageFormat;
import org.distgray.storage.InputFile;

/**
 * One input with the output the driver reserved for it. Output names are settled before any
 * image is converted, so two inputs can never race for one name, on the driver or on executors.
 */
final class ImageTask implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int number;
    private final InputFile input;
    private final String target;
    private final ImageFormat format;

    ImageTask(int number, InputFile input, Path target, ImageFormat format) {
        if (number < 1 || input == null || target == null || format == null) {
            throw new IllegalArgumentException("an image task needs a number from 1, an input,"
                    + " a target and a format");
        }
        this.number = number;
        this.input = input;
        this.target = target.toString();
        this.format = format;
    }

    /** Position among the inputs the run converts, from 1. */
    int number() {
        return number;
    }

    InputFile input() {
        return input;
    }

    Path target() {
        return new Path(target);
    }

    /** The format the output is written in. */
    ImageFormat format() {
        return format;
    }
}
