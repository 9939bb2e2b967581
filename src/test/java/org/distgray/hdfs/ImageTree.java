package org.distgray.hdfs;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.distgray.testing.MiniHdfs;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.TestImages;

/**
 * A folder tree of PNGs (with and without alpha) and JPEGs of several sizes in nested
 * sub-folders, made by the test, and the check that a converted tree mirrors it pixel for pixel.
 * Outputs are asked for as PNG ({@code --format png}), so that every output pixel, those of
 * JPEG inputs included, is exactly the formula on its decoded source pixel.
 */
final class ImageTree {
    /** Relative path to the file's bytes, in a fixed order. */
    static final Map<String, byte[]> FILES = files();

    private ImageTree() {
    }

    private static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("top.png", TestImages.png(TestImages.random(64, 48, false, 1)));
        files.put("glass.png", TestImages.png(TestImages.random(90, 70, true, 2)));
        files.put("photos/beach.jpg", TestImages.jpeg(TestImages.structured(300, 200)));
        files.put("photos/2024/june/walk.jpeg",
                TestImages.jpeg(TestImages.random(120, 90, false, 3)));
        files.put("photos/2024/june/map.png", TestImages.png(TestImages.structured(200, 150)));
        files.put("scans/page.jpg", TestImages.jpeg(TestImages.random(77, 100, false, 4)));
        return Collections.unmodifiableMap(files);
    }

    /** Sorted relative paths of the inputs. */
    static List<String> inputNames() {
        return FILES.keySet().stream().sorted().toList();
    }

    /** Sorted relative paths the PNG outputs must have: the inputs' with extension png. */
    static List<String> outputNames() {
        return FILES.keySet().stream().map(ImageTree::outputName).sorted().toList();
    }

    static String outputName(String input) {
        return input.substring(0, input.lastIndexOf('.')) + ".png";
    }

    /** Writes the tree below {@code folder}. */
    static void writeTo(MiniHdfs hdfs, Path folder) throws IOException {
        for (Map.Entry<String, byte[]> file : FILES.entrySet()) {
            hdfs.write(new Path(folder, file.getKey()), file.getValue());
        }
    }

    /**
     * Every output read through {@code output} (relative path to bytes) is the formula on
     * every pixel of its input.
     */
    static void assertConverted(Map<String, byte[]> inputs, Output output) throws IOException {
        for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
            String name = outputName(input.getKey());
            try {
                PixelAssertions.assertGrayOf(TestImages.read(input.getValue()),
                        TestImages.read(output.bytes(name)));
            } catch (AssertionError e) {
                throw new AssertionError(name + ": " + e.getMessage(), e);
            }
        }
    }

    /** Reads an output by its relative path. */
    @FunctionalInterface
    interface Output {
        byte[] bytes(String relative) throws IOException;
    }
}
