package org.distgray.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Gray pictures for the PNG encoder tests, and the encoder driven band by band. */
final class GrayPictures {
    private GrayPictures() {
    }

    /** Random samples from {@code seed}: noise, which no filter predicts. */
    static GrayImage random(int width, int height, boolean alpha, int bitDepth, long seed) {
        byte[] samples = new byte[width * height * GrayImage.bytesPerPixel(alpha, bitDepth)];
        new Random(seed).nextBytes(samples);
        return new GrayImage(width, height, alpha, bitDepth, samples);
    }

    /** Gradients and flat areas, with the extreme values, as photos and drawings have. */
    static GrayImage structured(int width, int height, boolean alpha, int bitDepth) {
        int pixel = GrayImage.bytesPerPixel(alpha, bitDepth);
        byte[] samples = new byte[width * height * pixel];
        int max = (1 << bitDepth) - 1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int gray = x < width / 4 ? (y % 2 == 0 ? 0 : max)
                        : (x * 7 + y * 13) * max / 2000 % (max + 1);
                int at = (y * width + x) * pixel;
                put(samples, at, bitDepth, gray);
                if (alpha) {
                    put(samples, at + bitDepth / 8, bitDepth, y < height / 2 ? max : x % (max + 1));
                }
            }
        }
        return new GrayImage(width, height, alpha, bitDepth, samples);
    }

    private static void put(byte[] samples, int at, int bitDepth, int value) {
        if (bitDepth == 8) {
            samples[at] = (byte) value;
        } else {
            samples[at] = (byte) (value >> 8);
            samples[at + 1] = (byte) value;
        }
    }

    /** {@code image} cut into bands of the given row counts, deflated one by one. */
    static List<PngSegment> segments(GrayImage image, int... bandRows) {
        int rowBytes = image.width() * image.bytesPerPixel();
        List<PngSegment> segments = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < bandRows.length; i++) {
            int offset = first * rowBytes;
            segments.add(PngRows.deflate(i, image.samples(), offset, bandRows[i], rowBytes,
                    first == 0 ? null : image.samples(), offset - rowBytes,
                    i == bandRows.length - 1));
            first += bandRows[i];
        }
        if (first != image.height()) {
            throw new IllegalArgumentException("bands cover " + first + " of " + image.height()
                    + " rows");
        }
        return segments;
    }

    /** Row counts of {@code count} bands as even as can be over {@code height} rows. */
    static int[] evenBands(int height, int count) {
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = height * (i + 1) / count - height * i / count;
        }
        return rows;
    }

    /** The PNG file the streaming writer makes of {@code segments}. */
    static byte[] png(GrayImage image, List<PngSegment> segments, List<PngChunk> extra) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PngStreamWriter writer = PngStreamWriter.start(out, image.width(), image.height(),
                    image.bitDepth(), image.hasAlpha(), extra);
            for (PngSegment segment : segments) {
                writer.append(segment);
            }
            writer.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code image} through {@link ImageEncoder#png()}. */
    static byte[] encode(GrayImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageEncoder.png().encode(image, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
