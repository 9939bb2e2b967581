package org.distgray.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.plugins.jpeg.JPEGHuffmanTable;

/**
 * Rewrites a progressive JPEG as a baseline one with the same DCT coefficients and quantization
 * tables, losslessly, as jpegtran does. The JDK's decoder outputs a progressive file once per
 * scan (ten full passes for a typical photo, measured at several times the time of a baseline
 * file of the same size); the baseline rewrite decodes in one pass to exactly the same samples,
 * since the decoder's inverse DCT and upsampling see the same coefficients.
 *
 * <p>Handles the files {@link JpegColour#isPlainYcc} accepts with Huffman coding (SOF2), 8-bit,
 * whose scans complete every coefficient. Anything else, including any damage, gives an empty
 * result and the file is decoded as it is, with the decoder's own error messages.
 */
final class ProgressiveJpeg {
    private static final JpegHuffman[] DC = {
        table(JPEGHuffmanTable.StdDCLuminance), table(JPEGHuffmanTable.StdDCChrominance)};
    private static final JpegHuffman[] AC = {
        table(JPEGHuffmanTable.StdACLuminance), table(JPEGHuffmanTable.StdACChrominance)};

    private final byte[] jpeg;
    private final List<byte[]> keptSegments = new ArrayList<>();
    private final JpegHuffman[][] huffman = new JpegHuffman[2][4];
    private Component[] components;
    private int width;
    private int height;
    private int maxH;
    private int maxV;
    private int mcusX;
    private int mcusY;
    private int restartInterval;

    private ProgressiveJpeg(byte[] jpeg) {
        this.jpeg = jpeg;
    }

    /** One colour component: its sampling, tables, coefficients and which bits are known. */
    private static final class Component {
        final int id;
        final int h;
        final int v;
        final int quantTable;
        final int blocksWide;
        final int blocksHigh;
        final int paddedWide;
        /** 64 per block, in zig-zag order: the order both kinds of file code them in. */
        final short[] coefficients;
        /** For each block, one past the zig-zag index of its last non-zero AC coefficient. */
        final byte[] acEnd;
        /** For each coefficient, the lowest bit position known so far (64 = none yet). */
        final int[] knownFrom = new int[64];
        int dcPredictor;

        Component(int id, int h, int v, int quantTable, int blocksWide, int blocksHigh,
                int paddedWide, int paddedHigh) {
            this.id = id;
            this.h = h;
            this.v = v;
            this.quantTable = quantTable;
            this.blocksWide = blocksWide;
            this.blocksHigh = blocksHigh;
            this.paddedWide = paddedWide;
            this.coefficients = new short[paddedWide * paddedHigh * 64];
            this.acEnd = new byte[paddedWide * paddedHigh];
            Arrays.fill(knownFrom, 64);
        }

        boolean complete() {
            for (int bit : knownFrom) {
                if (bit != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The baseline rewrite of {@code jpeg} if it is a progressive file this class handles, else
     * empty. The declared size is checked against {@code limit} before any coefficient memory is
     * taken.
     */
    static Optional<byte[]> toBaseline(byte[] jpeg, PixelLimit limit) throws BadImageException {
        if (!isProgressive(jpeg)) {
            return Optional.empty();
        }
        ProgressiveJpeg file = new ProgressiveJpeg(jpeg);
        try {
            return file.read(limit) ? Optional.of(file.writeBaseline()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the first frame header is SOF2 (progressive, Huffman). */
    static boolean isProgressive(byte[] jpeg) {
        for (JpegSegments.Segment s = JpegSegments.at(jpeg, 2); s != null;
                s = JpegSegments.at(jpeg, s.end())) {
            if (JpegSegments.isFrame(s.marker()) || s.marker() == 0xDA) {
                return s.marker() == 0xC2;
            }
        }
        return false;
    }

    /** Reads every segment and scan; false when the file is not one this class rewrites. */
    private boolean read(PixelLimit limit) throws BadImageException {
        boolean scanned = false;
        int pos = 2;
        JpegSegments.Segment segment;
        while ((segment = JpegSegments.at(jpeg, pos)) != null) {
            int start = segment.start();
            int end = segment.end();
            int marker = segment.marker();
            switch (marker) {
                case 0xC2 -> {
                    if (components != null || !frame(start, limit)) {
                        return false;
                    }
                }
                case 0xC4 -> huffmanTables(start, end);
                case 0xDB -> {
                    if (scanned) {
                        return false;
                    }
                    keptSegments.add(Arrays.copyOfRange(jpeg, start - 4, end));
                }
                case 0xDD -> restartInterval = u16(start, jpeg);
                case 0xE0, 0xEE -> keptSegments.add(Arrays.copyOfRange(jpeg, start - 4, end));
                case 0xDA -> {
                    if (components == null) {
                        return false;
                    }
                    scanned = true;
                    end = scan(start, end);
                    if (end < 0) {
                        return false;
                    }
                }
                default -> {
                    if (JpegSegments.isFrame(marker) || (marker >= 0xD0 && marker <= 0xD8)) {
                        return false;
                    }
                }
            }
            pos = end;
        }
        if (components == null) {
            return false;
        }
        for (Component component : components) {
            if (!component.complete()) {
                return false;
            }
        }
        return true;
    }

    private boolean frame(int start, PixelLimit limit) throws BadImageException {
        int precision = jpeg[start] & 0xFF;
        height = u16(start + 1, jpeg);
        width = u16(start + 3, jpeg);
        int count = jpeg[start + 5] & 0xFF;
        if (precision != 8 || width == 0 || height == 0 || count != 3) {
            return false;
        }
        limit.check(width, height);
        int[][] fields = new int[count][];
        for (int i = 0; i < count; i++) {
            int at = start + 6 + 3 * i;
            int sampling = jpeg[at + 1] & 0xFF;
            fields[i] = new int[] {jpeg[at] & 0xFF, sampling >> 4, sampling & 15,
                jpeg[at + 2] & 0xFF};
            if (fields[i][1] < 1 || fields[i][1] > 4 || fields[i][2] < 1 || fields[i][2] > 4
                    || fields[i][3] > 3) {
                return false;
            }
            maxH = Math.max(maxH, fields[i][1]);
            maxV = Math.max(maxV, fields[i][2]);
        }
        mcusX = ceil(width, 8 * maxH);
        mcusY = ceil(height, 8 * maxV);
        components = new Component[count];
        for (int i = 0; i < count; i++) {
            int h = fields[i][1];
            int v = fields[i][2];
            components[i] = new Component(fields[i][0], h, v, fields[i][3],
                    ceil(ceil(width * h, maxH), 8), ceil(ceil(height * v, maxV), 8),
                    mcusX * h, mcusY * v);
        }
        return true;
    }

    private void huffmanTables(int start, int end) {
        int pos = start;
        while (pos < end) {
            int classAndId = jpeg[pos] & 0xFF;
            int[] counts = new int[16];
            int total = 0;
            for (int i = 0; i < 16; i++) {
                counts[i] = jpeg[pos + 1 + i] & 0xFF;
                total += counts[i];
            }
            int[] symbols = new int[total];
            for (int i = 0; i < total; i++) {
                symbols[i] = jpeg[pos + 17 + i] & 0xFF;
            }
            if (classAndId >> 4 > 1 || (classAndId & 15) > 3) {
                throw new IllegalStateException("bad Huffman table class or id");
            }
            huffman[classAndId >> 4][classAndId & 15] = new JpegHuffman(counts, symbols);
            pos += 17 + total;
        }
    }

    /** Decodes one scan; returns where the marker after its data starts, or -1 if refused. */
    private int scan(int start, int headerEnd) {
        int count = jpeg[start] & 0xFF;
        if (count < 1 || count > components.length) {
            return -1;
        }
        Component[] inScan = new Component[count];
        JpegHuffman[] dcTables = new JpegHuffman[count];
        JpegHuffman[] acTables = new JpegHuffman[count];
        for (int i = 0; i < count; i++) {
            int id = jpeg[start + 1 + 2 * i] & 0xFF;
            int tables = jpeg[start + 2 + 2 * i] & 0xFF;
            for (Component component : components) {
                if (component.id == id) {
                    inScan[i] = component;
                }
            }
            if (inScan[i] == null || (tables >> 4) > 3 || (tables & 15) > 3) {
                return -1;
            }
            dcTables[i] = huffman[0][tables >> 4];
            acTables[i] = huffman[1][tables & 15];
        }
        int at = start + 1 + 2 * count;
        int ss = jpeg[at] & 0xFF;
        int se = jpeg[at + 1] & 0xFF;
        int ah = (jpeg[at + 2] & 0xFF) >> 4;
        int al = jpeg[at + 2] & 15;
        if (se > 63 || ss > se || (ss == 0 && se != 0) || (ss > 0 && count != 1) || al > 13) {
            return -1;
        }
        for (Component component : inScan) {
            for (int k = ss; k <= se; k++) {
                if (component.knownFrom[k] != (ah == 0 ? 64 : ah)) {
                    return -1;
                }
                component.knownFrom[k] = al;
            }
            component.dcPredictor = 0;
        }
        ScanDecoder decoder = new ScanDecoder(new JpegBitReader(jpeg, headerEnd), ss, se, ah,
                al, dcTables, acTables);
        int units = count == 1 ? inScan[0].blocksWide * inScan[0].blocksHigh : mcusX * mcusY;
        for (int unit = 0; unit < units; unit++) {
            if (restartInterval > 0 && unit > 0 && unit % restartInterval == 0) {
                decoder.restart(inScan);
            }
            if (count == 1) {
                Component c = inScan[0];
                int row = unit / c.blocksWide;
                int col = unit % c.blocksWide;
                decoder.block(0, c, (row * c.paddedWide + col) * 64);
            } else {
                int mcuRow = unit / mcusX;
                int mcuCol = unit % mcusX;
                for (int i = 0; i < count; i++) {
                    Component c = inScan[i];
                    for (int v = 0; v < c.v; v++) {
                        for (int h = 0; h < c.h; h++) {
                            int row = mcuRow * c.v + v;
                            int col = mcuCol * c.h + h;
                            decoder.block(i, c, (row * c.paddedWide + col) * 64);
                        }
                    }
                }
            }
        }
        return decoder.bits.overrun() ? -1 : decoder.bits.end();
    }

    /** The four kinds of progressive scan (T.81 G.1.2), over one scan's bits. */
    private static final class ScanDecoder {
        final JpegBitReader bits;
        final int ss;
        final int se;
        final int ah;
        final int al;
        final JpegHuffman[] dc;
        final JpegHuffman[] ac;
        int eobRun;

        ScanDecoder(JpegBitReader bits, int ss, int se, int ah, int al, JpegHuffman[] dc,
                JpegHuffman[] ac) {
            this.bits = bits;
            this.ss = ss;
            this.se = se;
            this.ah = ah;
            this.al = al;
            this.dc = dc;
            this.ac = ac;
        }

        void restart(Component[] inScan) {
            bits.restart();
            eobRun = 0;
            for (Component component : inScan) {
                component.dcPredictor = 0;
            }
        }

        void block(int index, Component c, int offset) {
            short[] coef = c.coefficients;
            if (ss == 0) {
                if (ah == 0) {
                    c.dcPredictor += bits.signed(dc[index].read(bits));
                    coef[offset] = (short) (c.dcPredictor << al);
                } else if (bits.bit() != 0) {
                    coef[offset] |= (short) (1 << al);
                }
            } else if (ah == 0) {
                acFirst(ac[index], coef, offset, c.acEnd);
            } else {
                acRefine(ac[index], coef, offset, c.acEnd);
            }
        }

        private void acFirst(JpegHuffman table, short[] coef, int offset, byte[] acEnd) {
            if (eobRun > 0) {
                eobRun--;
                return;
            }
            for (int k = ss; k <= se; k++) {
                int rs = table.read(bits);
                int run = rs >> 4;
                int size = rs & 15;
                if (size != 0) {
                    k += run;
                    if (k > se) {
                        throw new IllegalStateException("coefficient past the band");
                    }
                    coef[offset + k] = (short) (bits.signed(size) << al);
                    acEnd[offset >> 6] = (byte) Math.max(acEnd[offset >> 6], k + 1);
                } else if (run == 15) {
                    k += 15;
                } else {
                    eobRun = (1 << run) - 1;
                    if (run > 0) {
                        eobRun += bits.bits(run);
                    }
                    return;
                }
            }
        }

        private void acRefine(JpegHuffman table, short[] coef, int offset, byte[] acEnd) {
            int plus = 1 << al;
            int minus = -1 << al;
            int k = ss;
            if (eobRun == 0) {
                for (; k <= se; k++) {
                    int rs = table.read(bits);
                    int run = rs >> 4;
                    int size = rs & 15;
                    int value = 0;
                    if (size != 0) {
                        if (size != 1) {
                            throw new IllegalStateException("bad refinement size");
                        }
                        value = bits.bit() != 0 ? plus : minus;
                    } else if (run != 15) {
                        eobRun = 1 << run;
                        if (run > 0) {
                            eobRun += bits.bits(run);
                        }
                        break;
                    }
                    while (k <= se) {
                        int at = offset + k;
                        if (coef[at] != 0) {
                            refine(coef, at, plus, minus);
                        } else if (--run < 0) {
                            break;
                        }
                        k++;
                    }
                    if (value != 0) {
                        if (k > se) {
                            throw new IllegalStateException("coefficient past the band");
                        }
                        coef[offset + k] = (short) value;
                        acEnd[offset >> 6] = (byte) Math.max(acEnd[offset >> 6], k + 1);
                    }
                }
            }
            if (eobRun > 0) {
                int last = Math.min(se, acEnd[offset >> 6] - 1);
                for (; k <= last; k++) {
                    int at = offset + k;
                    if (coef[at] != 0) {
                        refine(coef, at, plus, minus);
                    }
                }
                eobRun--;
            }
        }

        private void refine(short[] coef, int at, int plus, int minus) {
            if (bits.bit() != 0 && (coef[at] & plus) == 0) {
                coef[at] += (short) (coef[at] >= 0 ? plus : minus);
            }
        }
    }

    /** The same picture as a baseline file: kept segments, frame, standard tables, one scan. */
    private byte[] writeBaseline() {
        JpegBitWriter out = new JpegBitWriter(jpeg.length + jpeg.length / 4);
        out.raw(0xFF);
        out.raw(0xD8);
        for (byte[] segment : keptSegments) {
            for (byte b : segment) {
                out.raw(b & 0xFF);
            }
        }
        int[] frame = new int[10 + 3 * components.length];
        int n = 0;
        frame[n++] = 0xFF;
        frame[n++] = 0xC0;
        n = put16(frame, n, 8 + 3 * components.length);
        frame[n++] = 8;
        n = put16(frame, n, height);
        n = put16(frame, n, width);
        frame[n++] = components.length;
        for (Component c : components) {
            frame[n++] = c.id;
            frame[n++] = c.h << 4 | c.v;
            frame[n++] = c.quantTable;
        }
        writeAll(out, frame);
        writeTable(out, 0x00, JPEGHuffmanTable.StdDCLuminance);
        writeTable(out, 0x10, JPEGHuffmanTable.StdACLuminance);
        writeTable(out, 0x01, JPEGHuffmanTable.StdDCChrominance);
        writeTable(out, 0x11, JPEGHuffmanTable.StdACChrominance);
        int[] sos = new int[2 + 2 + 1 + 2 * components.length + 3];
        n = 0;
        sos[n++] = 0xFF;
        sos[n++] = 0xDA;
        n = put16(sos, n, sos.length - 2);
        sos[n++] = components.length;
        for (int i = 0; i < components.length; i++) {
            sos[n++] = components[i].id;
            sos[n++] = i == 0 ? 0x00 : 0x11;
        }
        sos[n++] = 0;
        sos[n++] = 63;
        sos[n++] = 0;
        writeAll(out, sos);
        int[] predictors = new int[components.length];
        for (int mcuRow = 0; mcuRow < mcusY; mcuRow++) {
            for (int mcuCol = 0; mcuCol < mcusX; mcuCol++) {
                for (int i = 0; i < components.length; i++) {
                    Component c = components[i];
                    int table = i == 0 ? 0 : 1;
                    for (int v = 0; v < c.v; v++) {
                        for (int h = 0; h < c.h; h++) {
                            int offset = ((mcuRow * c.v + v) * c.paddedWide + mcuCol * c.h + h)
                                    * 64;
                            predictors[i] = writeBlock(out, c.coefficients, offset,
                                    c.acEnd[offset >> 6], predictors[i], DC[table], AC[table]);
                        }
                    }
                }
            }
        }
        out.flush();
        out.raw(0xFF);
        out.raw(0xD9);
        return out.toByteArray();
    }

    /**
     * Writes one block (T.81 F.1.2) whose coefficients from zigzag index {@code end} on are zero;
     * returns its DC value, the next block's predictor.
     */
    private static int writeBlock(JpegBitWriter bits, short[] coef, int offset, int end,
            int predictor, JpegHuffman dc, JpegHuffman ac) {
        int value = coef[offset];
        writeValue(bits, dc, 0, value - predictor, 11);
        int run = 0;
        for (int k = 1; k < end; k++) {
            int c = coef[offset + k];
            if (c == 0) {
                run++;
                continue;
            }
            while (run > 15) {
                ac.write(bits, 0xF0);
                run -= 16;
            }
            writeValue(bits, ac, run << 4, c, 10);
            run = 0;
        }
        if (end < 64 || run > 0) {
            ac.write(bits, 0x00);
        }
        return value;
    }

    private static void writeValue(JpegBitWriter bits, JpegHuffman table, int runBits,
            int value, int maxSize) {
        int magnitude = Math.abs(value);
        int size = magnitude == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(magnitude);
        if (size > maxSize) {
            throw new IllegalStateException("coefficient out of range");
        }
        table.write(bits, runBits | size, value < 0 ? value - 1 : value, size);
    }

    private static void writeTable(JpegBitWriter out, int classAndId, JPEGHuffmanTable table) {
        short[] lengths = table.getLengths();
        short[] values = table.getValues();
        int length = 2 + 1 + 16 + values.length;
        out.raw(0xFF);
        out.raw(0xC4);
        out.raw(length >> 8);
        out.raw(length & 0xFF);
        out.raw(classAndId);
        for (short count : lengths) {
            out.raw(count);
        }
        for (short value : values) {
            out.raw(value);
        }
    }

    private static JpegHuffman table(JPEGHuffmanTable table) {
        short[] lengths = table.getLengths();
        short[] values = table.getValues();
        int[] counts = new int[16];
        int[] symbols = new int[values.length];
        for (int i = 0; i < 16; i++) {
            counts[i] = lengths[i];
        }
        for (int i = 0; i < values.length; i++) {
            symbols[i] = values[i];
        }
        return new JpegHuffman(counts, symbols);
    }

    private static int put16(int[] into, int at, int value) {
        into[at] = value >> 8;
        into[at + 1] = value & 0xFF;
        return at + 2;
    }

    private static void writeAll(JpegBitWriter out, int[] bytes) {
        for (int b : bytes) {
            out.raw(b);
        }
    }

    private static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int u16(int at, byte[] bytes) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }
}
