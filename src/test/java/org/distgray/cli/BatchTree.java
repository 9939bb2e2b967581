package org.distgray.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.distgray.testing.TestImages;

/**
 * A small collection in nested folders, PNG and JPEG, opaque and transparent, of assorted sizes:
 * the shape of a real batch, small enough for unit tests.
 */
final class BatchTree {
    private BatchTree() {
    }

    /** Writes {@code count} images below {@code root}; returns their relative paths, sorted. */
    static List<String> write(Path root, int count) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String folder = i % 3 == 0 ? "" : i % 3 == 1 ? "trip/day1/" : "trip/day2/";
            boolean png = i % 2 == 0;
            BufferedImage image = TestImages.random(40 + 7 * i, 30 + 5 * i, png && i % 4 == 0,
                    100 + i);
            String name = folder + String.format("img%03d.%s", i, png ? "png" : "jpg");
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, png ? TestImages.png(image) : TestImages.jpeg(image));
            names.add(name);
        }
        return names.stream().sorted().toList();
    }
}
