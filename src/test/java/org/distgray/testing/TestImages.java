package org.distgray.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.distgray.image.GrayscaleKernel;

/**
 * Images the tests make themselves: random pixels from a fixed seed, structured patterns that
 * hit the extremes of every channel, and hand-built PNG bytes for the hostile cases.
 */
public final class TestImages {
    private TestImages() {
    }

    /** Random colours from {@code seed}; with alpha, random alpha too. */
    public static BufferedImage random(int width, int height, boolean alpha, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, alpha ? random.nextInt() : random.nextInt() | 0xFF000000);
            }
        }
        return image;
    }

    /** Gradients in each channel plus pure primaries, black and white in the first pixels. */
    public static BufferedImage structured(int width, int height) {
        int[] extremes = {0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0x00FFFF,
            0xFF00FF, 0x808080, 0x010101};
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                int rgb = i < extremes.length ? extremes[i]
                        : (x * 255 / Math.max(1, width - 1)) << 16
                                | (y * 255 / Math.max(1, height - 1)) << 8 | (i * 37 & 0xFF);
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    /** An 8-bit gray gradient: one channel, as scanners and B/W cameras write. */
    public static BufferedImage gray(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, (x * 7 + y * 13) & 0xFF);
            }
        }
        return image;
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        return encode(rgb, "jpeg");
    }

    /** Any format the JDK writes, with the image's own colour model kept as it is. */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Decodes with the JDK's own reader: the reference for what a file's pixels are. */
    public static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalStateException("not an image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage read(Path file) {
        try {
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The formula applied to one ARGB pixel. */
    public static int expectedGray(int argb) {
        return GrayscaleKernel.gray(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
    }

    /** A PNG of only a signature, an IHDR for the given size and IEND, all CRCs valid. */
    public static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        chunk(out, "IHDR", ihdr);
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        CRC32 crc = new CRC32();
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }

    /** Flips one byte of the first chunk's CRC (the IHDR's), so the chunk fails its check. */
    public static byte[] withBrokenCrc(byte[] png) {
        byte[] copy = png.clone();
        copy[8 + 8 + 13] ^= 0x5A;
        return copy;
    }

    /** The first {@code fraction} of the bytes. */
    public static byte[] truncated(byte[] bytes, double fraction) {
        return java.util.Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }
}
