package org.distgray.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a user expects the gray copy to keep of the original beyond its pixels: the resolution
 * (JFIF density in a JPEG, pHYs in a PNG, converted between them) and, from JPEG to JPEG, the
 * EXIF block with its orientation reset, since the pixels are already turned upright.
 */
public final class ImageMetadata {
    private static final byte[] JFIF_ID = {'J', 'F', 'I', 'F', 0};
    private static final double METRES_PER_INCH = 0.0254;

    private final Density density;
    private final ExifSegment exif;

    private ImageMetadata(Density density, ExifSegment exif) {
        this.density = density;
        this.exif = exif;
    }

    /** Resolution as pixels per metre, or only an aspect ratio when the unit is unknown. */
    record Density(long x, long y, boolean aspectOnly) {
    }

    /** Reads what there is; missing or damaged metadata is simply absent. */
    public static ImageMetadata read(byte[] bytes, ImageFormat format) {
        return switch (format) {
            case JPEG -> new ImageMetadata(jfifDensity(bytes).orElse(null),
                    ExifSegment.find(bytes).orElse(null));
            case PNG -> new ImageMetadata(pngDensity(bytes).orElse(null), null);
        };
    }

    /** {@code encoded}, an image distgray wrote in {@code format}, with this metadata added. */
    public byte[] writeInto(byte[] encoded, ImageFormat format) {
        return switch (format) {
            case JPEG -> intoJpeg(encoded);
            case PNG -> intoPng(encoded);
        };
    }

    private static Optional<Density> jfifDensity(byte[] jpeg) {
        int[] jfif = JpegSegments.find(jpeg, 0xE0, JFIF_ID);
        if (jfif == null || jfif[1] - jfif[0] < 7) {
            return Optional.empty();
        }
        int units = jpeg[jfif[0] + 2] & 0xFF;
        long x = ExifSegment.u16(jpeg, jfif[0] + 3, true);
        long y = ExifSegment.u16(jpeg, jfif[0] + 5, true);
        if (x == 0 || y == 0 || units > 2) {
            return Optional.empty();
        }
        return switch (units) {
            case 1 -> Optional.of(new Density(Math.round(x / METRES_PER_INCH),
                    Math.round(y / METRES_PER_INCH), false));
            case 2 -> Optional.of(new Density(x * 100, y * 100, false));
            default -> x == y ? Optional.empty() : Optional.of(new Density(x, y, true));
        };
    }

    private static Optional<Density> pngDensity(byte[] png) {
        int pos = 8;
        while (pos + 12 <= png.length) {
            long length = ExifSegment.u16(png, pos, true) * 65536L
                    + ExifSegment.u16(png, pos + 2, true);
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("pHYs") && length == 9 && pos + 21 <= png.length) {
                long x = u32(png, pos + 8);
                long y = u32(png, pos + 12);
                boolean metre = png[pos + 16] == 1;
                return x == 0 || y == 0 ? Optional.empty()
                        : Optional.of(new Density(x, y, !metre));
            }
            if (type.equals("IDAT") || length > png.length) {
                break;
            }
            pos += 12 + (int) length;
        }
        return Optional.empty();
    }

    private byte[] intoJpeg(byte[] jpeg) {
        byte[] out = jpeg.clone();
        int insertAt = 2;
        int[] jfif = JpegSegments.find(out, 0xE0, JFIF_ID);
        if (jfif != null && jfif[1] - jfif[0] >= 7) {
            insertAt = jfif[1];
            int at = jfif[0] + 2;
            if (density != null) {
                long x = density.aspectOnly() ? density.x()
                        : Math.round(density.x() * METRES_PER_INCH);
                long y = density.aspectOnly() ? density.y()
                        : Math.round(density.y() * METRES_PER_INCH);
                if (x >= 1 && y >= 1 && x <= 0xFFFF && y <= 0xFFFF) {
                    out[at] = (byte) (density.aspectOnly() ? 0 : 1);
                    put16(out, at + 1, (int) x);
                    put16(out, at + 3, (int) y);
                }
            }
        }
        if (exif == null || !exif.fitsOneSegment()) {
            return out;
        }
        byte[] app1 = exif.uprightApp1();
        ByteArrayOutputStream result = new ByteArrayOutputStream(out.length + app1.length);
        result.write(out, 0, insertAt);
        result.writeBytes(app1);
        result.write(out, insertAt, out.length - insertAt);
        return result.toByteArray();
    }

    /**
     * The chunks a PNG written by distgray should carry (pHYs when the input had a resolution),
     * for {@link PngStreamWriter#start}; empty when there is nothing to keep.
     */
    public List<PngChunk> pngChunks() {
        if (density == null || density.x() > 0xFFFFFFFFL || density.y() > 0xFFFFFFFFL) {
            return List.of();
        }
        byte[] data = new byte[9];
        put32(data, 0, density.x());
        put32(data, 4, density.y());
        data[8] = (byte) (density.aspectOnly() ? 0 : 1);
        return List.of(new PngChunk("pHYs", data));
    }

    private byte[] intoPng(byte[] png) {
        List<PngChunk> chunks = pngChunks();
        if (chunks.isEmpty()) {
            return png;
        }
        byte[] chunk = chunks.get(0).bytes();
        int afterHeader = 8 + 12 + 13;
        byte[] out = Arrays.copyOf(png, png.length + chunk.length);
        System.arraycopy(png, afterHeader, out, afterHeader + chunk.length,
                png.length - afterHeader);
        System.arraycopy(chunk, 0, out, afterHeader, chunk.length);
        return out;
    }

    private static long u32(byte[] b, int at) {
        return ExifSegment.u16(b, at, true) * 65536L + ExifSegment.u16(b, at + 2, true);
    }

    private static void put16(byte[] b, int at, int value) {
        b[at] = (byte) (value >> 8);
        b[at + 1] = (byte) value;
    }

    private static void put32(byte[] b, int at, long value) {
        put16(b, at, (int) (value >>> 16));
        put16(b, at + 2, (int) value);
    }
}
