package org.distgray.image;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a PNG's rows top to bottom from a stream, holding two rows of the picture at a time: a
 * picture too big for memory (a gigapixel scan is 3 GB of samples) can then go out in bands as
 * it inflates. Only the pixel formats whose rows already are the kernel's samples are read this
 * way (8- and 16-bit RGB and RGBA, not interlaced, no tRNS); {@link #open} declines the others,
 * which the whole-image decoder handles. As in {@link PngStructure}, every chunk's CRC is
 * checked, and image data that ends early or does not inflate is a {@link BadImageException}.
 */
public final class PngRowReader {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int RGB = 2;
    private static final int RGBA = 6;
    private static final int INPUT_BYTES = 1 << 16;

    private final InputStream in;
    private final int width;
    private final int height;
    private final PixelLayout layout;
    private final byte[] head;
    private final Inflater inflater = new Inflater();
    private final byte[] input = new byte[INPUT_BYTES];
    private final CRC32 crc = new CRC32();
    private final int pixelBytes;
    private byte[] prior;
    private byte[] current;
    private long position;
    private long chunkStart;
    private long dataLeft;
    private int rowsRead;

    private PngRowReader(InputStream in, int width, int height, PixelLayout layout, byte[] head,
            long position, long idatLength) {
        this.in = in;
        this.width = width;
        this.height = height;
        this.layout = layout;
        this.head = head;
        this.pixelBytes = layout.stride();
        int rowBytes = width * layout.stride();
        this.prior = new byte[rowBytes + 1];
        this.current = new byte[rowBytes + 1];
        this.position = position;
        this.chunkStart = position - 8;
        this.dataLeft = idatLength;
        crc.update(new byte[] {'I', 'D', 'A', 'T'});
    }

    /**
     * Reads the signature and the chunks before the image data of {@code in}; empty, with
     * {@code in} part read, when it is no PNG, a PNG this reader does not stream, or one whose
     * head is damaged (the whole-image decoder then says what is wrong with it). A declared size
     * above {@code limit} is refused at once.
     */
    public static Optional<PngRowReader> open(InputStream in, PixelLimit limit)
            throws BadImageException, IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] signature = in.readNBytes(SIGNATURE.length);
        if (!Arrays.equals(signature, SIGNATURE)) {
            return Optional.empty();
        }
        head.writeBytes(signature);
        long position = SIGNATURE.length;
        byte[] header = null;
        while (true) {
            byte[] lengthAndType = in.readNBytes(8);
            if (lengthAndType.length < 8) {
                return Optional.empty();
            }
            long length = PngStructure.readInt(lengthAndType, 0) & 0xFFFFFFFFL;
            String type = new String(lengthAndType, 4, 4, StandardCharsets.ISO_8859_1);
            position += 8;
            if (type.equals("IDAT")) {
                if (header == null) {
                    return Optional.empty();
                }
                return Optional.ofNullable(streamable(in, header, head.toByteArray(), position,
                        length, limit));
            }
            if (length > Integer.MAX_VALUE || (header == null && !type.equals("IHDR"))
                    || type.equals("tRNS") || type.equals("IEND")) {
                return Optional.empty();
            }
            byte[] data = in.readNBytes((int) length);
            byte[] stored = in.readNBytes(4);
            if (data.length < length || stored.length < 4 || !crcMatches(lengthAndType, data,
                    stored)) {
                return Optional.empty();
            }
            position += length + 4;
            head.writeBytes(lengthAndType);
            head.writeBytes(data);
            head.writeBytes(stored);
            if (type.equals("IHDR")) {
                if (data.length != 13) {
                    return Optional.empty();
                }
                header = data;
            }
        }
    }

    /** The reader for a header this class streams, or null. */
    private static PngRowReader streamable(InputStream in, byte[] header, byte[] head,
            long position, long idatLength, PixelLimit limit) throws BadImageException {
        int width = PngStructure.readInt(header, 0);
        int height = PngStructure.readInt(header, 4);
        int bitDepth = header[8] & 0xFF;
        int colourType = header[9] & 0xFF;
        boolean standard = header[10] == 0 && header[11] == 0 && header[12] == 0;
        if (width <= 0 || height <= 0 || !standard || (bitDepth != 8 && bitDepth != 16)
                || (colourType != RGB && colourType != RGBA)) {
            return null;
        }
        limit.check(width, height);
        int samples = colourType == RGBA ? 4 : 3;
        int alpha = colourType == RGBA ? 3 : PixelLayout.NO_ALPHA;
        PixelLayout layout = bitDepth == 8 ? PixelLayout.of(samples, 0, 1, 2, alpha)
                : PixelLayout.of16(2 * samples, 0, 2, 4, alpha < 0 ? alpha : 6);
        if ((long) width * layout.stride() + 1 > Integer.MAX_VALUE - 8) {
            return null;
        }
        return new PngRowReader(in, width, height, layout, head, position, idatLength);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** How the samples of the rows read are laid out, PNG's own order. */
    public PixelLayout layout() {
        return layout;
    }

    /** Bytes of one row of samples. */
    public int rowBytes() {
        return width * layout.stride();
    }

    /** Size of the whole picture's samples, what reading it whole would take. */
    public long sampleBytes() {
        return (long) height * rowBytes();
    }

    /**
     * The file up to its image data: signature, header and the chunks before the data, such as
     * pHYs, for {@link ImageMetadata#read}.
     */
    public byte[] head() {
        return head.clone();
    }

    /** Reads the next {@code rows} rows of samples into {@code into} from {@code offset}. */
    public void readRows(byte[] into, int offset, int rows) throws BadImageException, IOException {
        int rowBytes = rowBytes();
        if (rows < 0 || rows > height - rowsRead || offset < 0
                || offset + (long) rows * rowBytes > into.length) {
            throw new IllegalArgumentException(rows + " rows from row " + rowsRead + " at "
                    + offset + " do not fit an image of height " + height + " or " + into.length
                    + " bytes");
        }
        for (int row = 0; row < rows; row++) {
            inflateRow();
            unfilter();
            System.arraycopy(current, 1, into, offset + row * rowBytes, rowBytes);
            byte[] swap = prior;
            prior = current;
            current = swap;
            rowsRead++;
        }
    }

    /**
     * Checks the rest of the file once every row is read: the remaining chunks and their CRCs up
     * to IEND, so a file damaged after its pixels is refused as the whole-image path refuses it.
     */
    public void finish() throws BadImageException, IOException {
        if (rowsRead < height) {
            throw new IllegalStateException("only " + rowsRead + " of " + height + " rows read");
        }
        inflater.end();
        skip(dataLeft);
        dataLeft = 0;
        checkCrc("IDAT");
        while (true) {
            chunkStart = position;
            byte[] lengthAndType = readFully(8);
            long length = PngStructure.readInt(lengthAndType, 0) & 0xFFFFFFFFL;
            String type = new String(lengthAndType, 4, 4, StandardCharsets.ISO_8859_1);
            crc.reset();
            crc.update(lengthAndType, 4, 4);
            skip(length);
            checkCrc(type);
            if (type.equals("IEND")) {
                return;
            }
        }
    }

    private void inflateRow() throws BadImageException, IOException {
        int filled = 0;
        try {
            while (filled < current.length) {
                int n = inflater.inflate(current, filled, current.length - filled);
                filled += n;
                if (n == 0) {
                    if (inflater.finished() || inflater.needsDictionary()) {
                        throw new BadImageException("corrupt PNG: image data ends at row "
                                + rowsRead + " of " + height);
                    }
                    if (!inflater.needsInput()) {
                        throw new IllegalStateException("the inflater neither reads nor writes");
                    }
                    feed();
                }
            }
        } catch (DataFormatException e) {
            throw new BadImageException("corrupt PNG: image data at row " + rowsRead
                    + " does not inflate (" + e.getMessage() + ")", e);
        }
    }

    /** Gives the inflater the next bytes of image data, crossing into the next IDAT chunk. */
    private void feed() throws BadImageException, IOException {
        while (dataLeft == 0) {
            checkCrc("IDAT");
            chunkStart = position;
            byte[] lengthAndType = readFully(8);
            String type = new String(lengthAndType, 4, 4, StandardCharsets.ISO_8859_1);
            if (!type.equals("IDAT")) {
                throw new BadImageException("corrupt PNG: image data ends at row " + rowsRead
                        + " of " + height + ", before a " + PngStructure.printable(type)
                        + " chunk");
            }
            dataLeft = PngStructure.readInt(lengthAndType, 0) & 0xFFFFFFFFL;
            crc.reset();
            crc.update(lengthAndType, 4, 4);
        }
        int n = in.read(input, 0, (int) Math.min(input.length, dataLeft));
        if (n < 0) {
            throw truncated();
        }
        position += n;
        dataLeft -= n;
        crc.update(input, 0, n);
        inflater.setInput(input, 0, n);
    }

    private void unfilter() throws BadImageException {
        int type = current[0];
        int length = current.length;
        byte[] row = current;
        byte[] above = prior;
        switch (type) {
            case 0 -> {
            }
            case 1 -> {
                for (int i = 1 + pixelBytes; i < length; i++) {
                    row[i] += row[i - pixelBytes];
                }
            }
            case 2 -> {
                for (int i = 1; i < length; i++) {
                    row[i] += above[i];
                }
            }
            case 3 -> {
                for (int i = 1; i < length; i++) {
                    int left = i > pixelBytes ? row[i - pixelBytes] & 0xFF : 0;
                    row[i] += (byte) ((left + (above[i] & 0xFF)) >>> 1);
                }
            }
            case 4 -> {
                for (int i = 1; i < length; i++) {
                    boolean first = i <= pixelBytes;
                    int a = first ? 0 : row[i - pixelBytes] & 0xFF;
                    int b = above[i] & 0xFF;
                    int c = first ? 0 : above[i - pixelBytes] & 0xFF;
                    row[i] += (byte) paeth(a, b, c);
                }
            }
            default -> throw new BadImageException("corrupt PNG: unknown filter type "
                    + (type & 0xFF) + " in row " + rowsRead);
        }
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }

    private void checkCrc(String type) throws BadImageException, IOException {
        byte[] stored = readFully(4);
        if ((PngStructure.readInt(stored, 0) & 0xFFFFFFFFL) != crc.getValue()) {
            throw new BadImageException("corrupt PNG: CRC mismatch in chunk "
                    + PngStructure.printable(type) + " at byte " + chunkStart);
        }
    }

    private byte[] readFully(int count) throws BadImageException, IOException {
        byte[] bytes = in.readNBytes(count);
        position += bytes.length;
        if (bytes.length < count) {
            throw truncated();
        }
        return bytes;
    }

    private void skip(long count) throws BadImageException, IOException {
        byte[] buffer = input;
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw truncated();
            }
            crc.update(buffer, 0, n);
            position += n;
            left -= n;
        }
    }

    private BadImageException truncated() {
        return new BadImageException("truncated PNG: file ends at byte " + position
                + " before the IEND chunk", new EOFException());
    }

    private static boolean crcMatches(byte[] lengthAndType, byte[] data, byte[] stored) {
        CRC32 check = new CRC32();
        check.update(lengthAndType, 4, 4);
        check.update(data);
        return check.getValue() == (PngStructure.readInt(stored, 0) & 0xFFFFFFFFL);
    }
}
