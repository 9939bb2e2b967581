package org.distgray.testing;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.distgray.image.ImageDecoder;
import org.distgray.image.PixelLimit;

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

    /** A decoder with the default pixel limit, as a run without {@code --max-pixels} has. */
    public static ImageDecoder decoder() {
        return new ImageDecoder(PixelLimit.of(PixelLimit.DEFAULT_MAX_PIXELS));
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

    /** Writes a PNG chunk of {@code type} holding {@code data}, with its length and CRC. */
    public static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
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

    /** PNG's predictor for filter type 4, from the left, upper and upper-left samples. */
    public static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /** Puts {@code value} big-endian at {@code offset}, as PNG stores its integers. */
    public static void putInt(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }

    /** The sample values a 16-bit test image starts with: both ends, and around each byte edge. */
    private static final int[] EDGES_16 = {0, 1, 2, 255, 256, 257, 32767, 32768, 32769, 65278,
        65279, 65280, 65534, 65535};

    /**
     * A 16-bit picture with {@code colours} colour samples (1 gray, 3 sRGB) and optionally alpha:
     * combinations of edge values first, as many as there are pixels for, then random samples
     * from {@code seed}.
     */
    public static BufferedImage sixteenBit(int width, int height, int colours, boolean alpha,
            long seed) {
        ColorModel model = new ComponentColorModel(ColorSpace.getInstance(colours == 1
                ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB), alpha, false,
                alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        Random random = new Random(seed);
        int bands = raster.getNumBands();
        int combinations = pow(EDGES_16.length, bands);
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) {
                for (int band = 0; band < bands; band++) {
                    int edge = EDGES_16[i / pow(EDGES_16.length, band) % EDGES_16.length];
                    raster.setSample(x, y, band, i < combinations ? edge : random.nextInt(65536));
                }
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    private static int pow(int base, int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    /**
     * A gray picture of {@code bits} bits per pixel (1, 2 or 4), every value in turn: the JDK
     * writes it as a gray PNG of that depth, since its palette is the gray ramp.
     */
    public static BufferedImage lowDepthGray(int width, int height, int bits) {
        int size = 1 << bits;
        byte[] ramp = new byte[size];
        for (int v = 0; v < size; v++) {
            ramp[v] = (byte) (v * 255 / (size - 1));
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY,
                new IndexColorModel(bits, size, ramp, ramp, ramp));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, (x + 3 * y) % size);
            }
        }
        return image;
    }

    /**
     * A palette picture of {@code bits} bits per pixel (1 to 8) with random entries from
     * {@code seed}, with random alpha per entry when {@code transparent} (written as tRNS), and
     * every entry in use.
     */
    public static BufferedImage palette(int width, int height, int bits, boolean transparent,
            long seed) {
        int size = 1 << bits;
        byte[][] entries = new byte[4][size];
        Random random = new Random(seed);
        for (byte[] channel : entries) {
            random.nextBytes(channel);
        }
        IndexColorModel colours = transparent
                ? new IndexColorModel(bits, size, entries[0], entries[1], entries[2], entries[3])
                : new IndexColorModel(bits, size, entries[0], entries[1], entries[2]);
        BufferedImage image = new BufferedImage(width, height, bits == 8
                ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_BYTE_BINARY, colours);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, (x * 7 + y * 5) % size);
            }
        }
        return image;
    }

    /**
     * A PNG of {@code image} as the JDK writes it, Adam7-interlaced if asked, and with a tRNS
     * chunk naming {@code transparent} (one gray sample, or red, green and blue) fully
     * transparent unless it is empty.
     */
    public static byte[] png(BufferedImage image, boolean interlaced, int... transparent) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (interlaced) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        try {
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            if (transparent.length > 0) {
                String tree = "javax_imageio_png_1.0";
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(tree);
                IIOMetadataNode key = new IIOMetadataNode(transparent.length == 1
                        ? "tRNS_Grayscale" : "tRNS_RGB");
                String[] names = transparent.length == 1 ? new String[] {"gray"}
                        : new String[] {"red", "green", "blue"};
                for (int i = 0; i < names.length; i++) {
                    key.setAttribute(names[i], String.valueOf(transparent[i]));
                }
                IIOMetadataNode trns = new IIOMetadataNode("tRNS");
                trns.appendChild(key);
                root.appendChild(trns);
                metadata.setFromTree(tree, root);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /**
     * What a PNG's header and chunks say it holds, to check that a test file is the kind the test
     * means: for example {@code "16-bit colour type 2, interlaced, tRNS"}.
     */
    public static String describePng(byte[] png) {
        String chunks = new String(png, java.nio.charset.StandardCharsets.ISO_8859_1);
        return png[24] + "-bit colour type " + png[25] + (png[28] == 1 ? ", interlaced" : "")
                + (chunks.contains("tRNS") ? ", tRNS" : "");
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
