package org.distgray.image;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * CMYK and YCCK JPEGs as print workflows (Photoshop) write them, which the JDK's own reader
 * refuses: four components, an Adobe APP14 segment whose transform byte says how to read them
 * (0: CMYK, 2: YCCK), and Adobe's inverted convention, where a stored 255 means no ink. The four
 * channels are written raw by the JDK's encoder (no APP14, no colour transform of its own) at
 * quality 100, and the APP14 segment is inserted after SOI.
 */
public final class AdobeJpegs {
    private static final int CMYK = 0;
    private static final int YCCK = 2;

    private AdobeJpegs() {
    }

    /**
     * Vertical stripes of {@code stripeWidth} pixels, one per entry of {@code inks}, each entry
     * the ink of cyan, magenta, yellow and black from 0 (none) to 255 (full).
     */
    public static Raster stripes(int stripeWidth, int height, int[]... inks) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE,
                stripeWidth * inks.length, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                raster.setPixel(x, y, inks[x / stripeWidth]);
            }
        }
        return raster;
    }

    /** An Adobe CMYK JPEG (APP14 transform 0) of the ink in {@code ink}, stored inverted. */
    public static byte[] cmyk(Raster ink) {
        return adobe(stored(ink, false), CMYK);
    }

    /**
     * An Adobe YCCK JPEG (APP14 transform 2) of the ink amounts in {@code ink}. A decoder turns
     * Y, Cb and Cr into R, G and B (JFIF's equations), inverts those into C, M and Y, and reads
     * the result, with K, inverted again: so Y, Cb and Cr are the YCbCr of the cyan, magenta and
     * yellow ink taken as red, green and blue, and K is stored inverted.
     */
    public static byte[] ycck(Raster ink) {
        return adobe(stored(ink, true), YCCK);
    }

    private static Raster stored(Raster ink, boolean ycc) {
        WritableRaster stored = ink.createCompatibleWritableRaster();
        int[] p = new int[4];
        for (int y = 0; y < ink.getHeight(); y++) {
            for (int x = 0; x < ink.getWidth(); x++) {
                ink.getPixel(x, y, p);
                int[] out = ycc
                        ? new int[] {
                            clamp(0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2]),
                            clamp(128 - 0.168736 * p[0] - 0.331264 * p[1] + 0.5 * p[2]),
                            clamp(128 + 0.5 * p[0] - 0.418688 * p[1] - 0.081312 * p[2]),
                            255 - p[3]}
                        : new int[] {255 - p[0], 255 - p[1], 255 - p[2], 255 - p[3]};
                stored.setPixel(x, y, out);
            }
        }
        return stored;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static byte[] adobe(Raster channels, int transform) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(1f);
            writer.write(null, new IIOImage(channels, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] raw = out.toByteArray();
        if (JpegSegments.find(raw, 0xEE, "Adobe".getBytes()) != null) {
            throw new IllegalStateException("the JPEG writer wrote an APP14 segment of its own");
        }
        // Length 14: the length field, "Adobe", version 100, flags0 and flags1, transform.
        byte[] app14 = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0,
            0, 0, (byte) transform};
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.write(raw, 0, 2);
        jpeg.writeBytes(app14);
        jpeg.write(raw, 2, raw.length - 2);
        return jpeg.toByteArray();
    }
}
