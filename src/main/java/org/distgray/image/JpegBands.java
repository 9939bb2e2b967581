package org.distgray.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Joins the JPEGs of a picture's bands, each encoded on its own by {@link ImageEncoder}, into
 * the picture's JPEG, byte for byte the one that encoding the whole picture gives. That lets the
 * executors encode a JPEG output: the bands come back compressed, several times smaller than
 * their gray samples, and no thread encodes the whole picture alone. It works because the
 * encoder restarts its entropy coding at every row of 8x8 blocks: a band of whole block rows
 * codes exactly as the same rows inside the whole picture, but for the numbers of its restart
 * markers (RST0 to RST7, counted from its own top), which the join renumbers.
 */
public final class JpegBands {
    /** Rows of one row of 8x8 blocks: every band but the last is a multiple of it. */
    public static final int BLOCK_ROWS = 8;
    /** The most blocks a restart interval (DRI) counts. */
    static final int MOST_BLOCKS_PER_INTERVAL = 0xFFFF;
    private static final int SOF0 = 0xC0;
    private static final int DRI = 0xDD;
    private static final int SOS = 0xDA;
    private static final int RST0 = 0xD0;

    private JpegBands() {
    }

    /** Whether a picture {@code width} pixels wide can be encoded in bands. */
    public static boolean joinable(int width) {
        return width >= 1 && blocksPerRow(width) <= MOST_BLOCKS_PER_INTERVAL;
    }

    static int blocksPerRow(int width) {
        return (width + BLOCK_ROWS - 1) / BLOCK_ROWS;
    }

    /** The JPEG of {@code rows}, a band of whole rows of blocks or the picture's last. */
    public static byte[] encode(GrayImage rows, int quality) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageEncoder.jpeg(quality).encode(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding of a band failed: " + e.getMessage(),
                    e);
        }
        return out.toByteArray();
    }

    /**
     * The picture's JPEG from the JPEGs of its bands, top to bottom: the first band's headers
     * with the picture's height, then each band's entropy-coded data, restart markers numbered
     * on from the bands above, then EOI.
     */
    public static byte[] join(List<byte[]> bands) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("no bands to join");
        }
        Coded[] coded = new Coded[bands.size()];
        long length = 2;
        int height = 0;
        for (int k = 0; k < coded.length; k++) {
            coded[k] = Coded.of(bands.get(k));
            if (coded[k].width != coded[0].width) {
                throw new IllegalArgumentException("band " + k + " is " + coded[k].width
                        + " pixels wide, band 0 " + coded[0].width);
            }
            if (height % BLOCK_ROWS != 0) {
                throw new IllegalArgumentException("band " + (k - 1) + " ends at row " + height
                        + ", inside a row of blocks");
            }
            height += coded[k].height;
            length += (k == 0 ? coded[k].scanStart : 2) + coded[k].scanEnd - coded[k].scanStart;
        }
        if (height > 0xFFFF || length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a JPEG of " + height + " rows and " + length
                    + " bytes is too large");
        }
        byte[] joined = new byte[(int) length];
        byte[] top = bands.get(0);
        System.arraycopy(top, 0, joined, 0, coded[0].scanStart);
        joined[coded[0].heightAt] = (byte) (height >>> 8);
        joined[coded[0].heightAt + 1] = (byte) height;
        int at = coded[0].scanStart;
        int blockRows = 0;
        for (int k = 0; k < coded.length; k++) {
            if (k > 0) {
                joined[at++] = (byte) 0xFF;
                joined[at++] = (byte) (RST0 + ((blockRows - 1) & 7));
            }
            int scan = coded[k].scanEnd - coded[k].scanStart;
            System.arraycopy(bands.get(k), coded[k].scanStart, joined, at, scan);
            renumber(joined, at, at + scan, blockRows);
            at += scan;
            blockRows += (coded[k].height + BLOCK_ROWS - 1) / BLOCK_ROWS;
        }
        joined[at++] = (byte) 0xFF;
        joined[at] = (byte) 0xD9;
        return joined;
    }

    /** Adds {@code shift} to the number of every restart marker in {@code [from, to)}. */
    private static void renumber(byte[] jpeg, int from, int to, int shift) {
        for (int i = from; i + 1 < to; i++) {
            int next = jpeg[i + 1] & 0xFF;
            if ((jpeg[i] & 0xFF) == 0xFF && next >= RST0 && next <= RST0 + 7) {
                jpeg[i + 1] = (byte) (RST0 + ((next - RST0 + shift) & 7));
                i++;
            }
        }
    }

    /** Where a band's JPEG keeps its size and its entropy-coded data. */
    private record Coded(int width, int height, int heightAt, int scanStart, int scanEnd) {
        static Coded of(byte[] jpeg) {
            int width = -1;
            int height = -1;
            int heightAt = -1;
            int interval = -1;
            JpegSegments.Segment s = JpegSegments.at(jpeg, 2);
            for (; s != null && s.marker() != SOS; s = JpegSegments.at(jpeg, s.end())) {
                if (s.marker() == SOF0) {
                    heightAt = s.start() + 1;
                    height = ExifSegment.u16(jpeg, heightAt, true);
                    width = ExifSegment.u16(jpeg, heightAt + 2, true);
                } else if (s.marker() == DRI) {
                    interval = ExifSegment.u16(jpeg, s.start(), true);
                }
            }
            int end = jpeg.length - 2;
            if (s == null || height < 1 || end < s.end() || (jpeg[end] & 0xFF) != 0xFF
                    || (jpeg[end + 1] & 0xFF) != 0xD9) {
                throw new IllegalArgumentException("not a baseline JPEG band with one scan");
            }
            if (interval != blocksPerRow(width)) {
                throw new IllegalArgumentException("a band restarts every " + interval
                        + " blocks, not every row of " + blocksPerRow(width));
            }
            return new Coded(width, height, heightAt, s.end(), end);
        }
    }
}
