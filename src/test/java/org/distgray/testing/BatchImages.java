package org.distgray.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Batches of photo-sized JPEGs for the scale tests: each a different smooth picture (a gradient
 * and a few discs), so they compress like photographs rather than noise and a thousand of them
 * fit in a test's temporary folder.
 */
public final class BatchImages {
    private BatchImages() {
    }

    /**
     * Writes {@code count} JPEGs of {@code width} x {@code height} below {@code root}, in folders
     * of ten in sets of a hundred; returns their relative paths, sorted.
     */
    public static List<String> write(Path root, int count, int width, int height) {
        List<String> names = IntStream.range(0, count).mapToObj(i -> String.format(
                "set-%d/roll-%d/frame-%03d.jpg", i / 100, i / 10 % 10, i)).toList();
        IntStream.range(0, count).parallel().forEach(i -> {
            Path file = root.resolve(names.get(i));
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, TestImages.jpeg(picture(width, height, i)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return names.stream().sorted().toList();
    }

    private static BufferedImage picture(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height,
                new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        for (int shape = 0; shape < 6; shape++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(width), random.nextInt(height), 50 + random.nextInt(400),
                    50 + random.nextInt(400));
        }
        g.dispose();
        return image;
    }
}
