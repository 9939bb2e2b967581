package org.distgray.image;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadUpdateListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A JPEG being decoded on a thread of its own into rows that can be used as soon as they are
 * done, so that the bands at the top of a picture are converted while its bottom is still being
 * decoded. The rows are the JDK decoder's RGB, which is libjpeg's own conversion of the file's
 * YCbCr: the same RGB as {@link YccToRgb} makes from the samples of a whole decode, so the gray
 * picture is the same too.
 */
public final class DecodingJpeg implements AutoCloseable {
    /** Longest that anyone waits for rows or for the end of the decode before giving up. */
    static final long WAIT_MS = TimeUnit.MINUTES.toMillis(10);

    private final ImageReader reader;
    private final ImageInputStream input;
    private final ColorImage image;
    private final List<String> warnings = new ArrayList<>();
    private final Thread thread;
    private int rowsDone;
    private boolean ended;
    private boolean stopping;
    private Throwable failure;

    private DecodingJpeg(ImageReader reader, ImageInputStream input, ColorImage image) {
        this.reader = reader;
        this.input = input;
        this.image = image;
        this.thread = new Thread(this::decode, "distgray-decode");
        thread.setDaemon(true);
    }

    /**
     * Reads the header of {@code jpeg}, a plain YCbCr file, with the JDK's {@code reader} and
     * starts decoding it; the reader is disposed of when the decode ends.
     */
    static DecodingJpeg start(ImageReader reader, byte[] jpeg, PixelLimit limit)
            throws BadImageException {
        ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg));
        DecodingJpeg decoding;
        try {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            limit.check(width, height);
            byte[] samples = new byte[Math.multiplyExact(Math.multiplyExact(width, height), 3)];
            decoding = new DecodingJpeg(reader, input,
                    new ColorImage(width, height, PixelLayout.rgb(), samples));
        } catch (IIOException e) {
            dispose(reader, input);
            throw new BadImageException(ImageDecoder.describe(ImageFormat.JPEG, e), e);
        } catch (IOException | RuntimeException e) {
            dispose(reader, input);
            throw new BadImageException("corrupt JPEG: " + ImageDecoder.messageOf(e), e);
        } catch (BadImageException | Error e) {
            dispose(reader, input);
            throw e;
        }
        decoding.thread.start();
        return decoding;
    }

    /** The picture; its rows are final only once {@link #awaitRows} said so. */
    public ColorImage image() {
        return image;
    }

    /** The bands of {@code plan}, each handed out once its rows are decoded. */
    public BandStream bands(BandPlan plan) {
        if (plan.height() != image.height()) {
            throw new IllegalArgumentException("a plan for " + plan.height() + " rows does not"
                    + " fit a picture of " + image.height());
        }
        return new Bands(plan);
    }

    /** Waits until the first {@code rows} rows are decoded; fails as the decode failed. */
    void awaitRows(int rows) throws BadImageException {
        synchronized (this) {
            await(() -> rowsDone >= rows || ended);
            if (rowsDone < rows && failure == null) {
                failure = new BadImageException("truncated JPEG: its data ends after " + rowsDone
                        + " of " + image.height() + " rows");
            }
            throwFailure();
        }
    }

    /** Waits for the end of the decode; fails if it lost data on the way. */
    void finish() throws BadImageException {
        synchronized (this) {
            await(() -> ended);
            throwFailure();
        }
    }

    /**
     * Stops a decode that is still running (its picture is no longer wanted) and waits for it.
     * The JDK's reader takes calls only from the thread that reads, so the decoding thread
     * aborts itself at its next row.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (ended) {
                return;
            }
            stopping = true;
        }
        try {
            thread.join(WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds();
    }

    private void await(Condition condition) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
        try {
            while (!condition.holds()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("decoding a " + image.width() + "x"
                            + image.height() + " JPEG took longer than "
                            + TimeUnit.MILLISECONDS.toMinutes(WAIT_MS) + " minutes");
                }
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while decoding a JPEG", e);
        }
    }

    private void throwFailure() throws BadImageException {
        if (failure instanceof BadImageException bad) {
            throw bad;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }

    /** The decoding thread: the whole picture into {@link #image}, row by row. */
    private void decode() {
        Throwable failed = null;
        try {
            WritableRaster raster = Raster.createInterleavedRaster(
                    new DataBufferByte(image.samples(), image.samples().length), image.width(),
                    image.height(), image.width() * 3, 3, new int[] {0, 1, 2}, null);
            ColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                    false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setDestination(new BufferedImage(model, raster, false, null));
            reader.addIIOReadWarningListener((source, warning) -> {
                synchronized (this) {
                    warnings.add(warning);
                }
            });
            reader.addIIOReadUpdateListener(new RowsDone());
            reader.read(0, param);
            synchronized (this) {
                ImageDecoder.failOnDataLoss(ImageFormat.JPEG, warnings);
            }
        } catch (IIOException e) {
            failed = new BadImageException(ImageDecoder.describe(ImageFormat.JPEG, e), e);
        } catch (IOException | RuntimeException e) {
            failed = new BadImageException("corrupt JPEG: " + ImageDecoder.messageOf(e), e);
        } catch (BadImageException | Error e) {
            failed = e;
        } finally {
            dispose(reader, input);
            synchronized (this) {
                failure = failed;
                ended = true;
                notifyAll();
            }
        }
    }

    private static void dispose(ImageReader reader, ImageInputStream input) {
        reader.dispose();
        try {
            input.close();
        } catch (IOException e) {
            // A stream over an array in memory: nothing to release that closing could fail on.
        }
    }

    /** Hears of each row the decoder has put into the picture. */
    private final class RowsDone implements IIOReadUpdateListener {
        @Override
        public void imageUpdate(ImageReader source, BufferedImage theImage, int minX, int minY,
                int width, int height, int periodX, int periodY, int[] bands) {
            boolean stop;
            synchronized (DecodingJpeg.this) {
                rowsDone = Math.max(rowsDone, minY + height);
                stop = stopping;
                DecodingJpeg.this.notifyAll();
            }
            if (stop) {
                source.abort();
            }
        }

        @Override
        public void passStarted(ImageReader source, BufferedImage theImage, int pass,
                int minPass, int maxPass, int minX, int minY, int periodX, int periodY,
                int[] bands) {
        }

        @Override
        public void passComplete(ImageReader source, BufferedImage theImage) {
        }

        @Override
        public void thumbnailPassStarted(ImageReader source, BufferedImage theThumbnail,
                int pass, int minPass, int maxPass, int minX, int minY, int periodX,
                int periodY, int[] bands) {
        }

        @Override
        public void thumbnailUpdate(ImageReader source, BufferedImage theThumbnail, int minX,
                int minY, int width, int height, int periodX, int periodY, int[] bands) {
        }

        @Override
        public void thumbnailPassComplete(ImageReader source, BufferedImage theThumbnail) {
        }
    }

    /** Views of the picture, one band after the other, each once its rows are decoded. */
    private final class Bands implements BandStream {
        private final BandPlan plan;
        private int next;

        private Bands(BandPlan plan) {
            this.plan = plan;
        }

        @Override
        public BandPlan plan() {
            return plan;
        }

        @Override
        public int width() {
            return image.width();
        }

        @Override
        public PixelLayout layout() {
            return image.layout();
        }

        /**
         * One band per slot: the picture is in memory anyway, and small jobs let the first bands
         * be converted while the next are decoded.
         */
        @Override
        public int bandsPerJob(int slots, long jobBytes) {
            return Math.max(1, Math.min(plan.bands(), slots));
        }

        @Override
        public boolean hasNext() {
            return next < plan.bands();
        }

        @Override
        public Band next() throws BadImageException {
            if (!hasNext()) {
                throw new IllegalStateException("all " + plan.bands() + " bands were handed out");
            }
            int first = plan.firstRow(next);
            awaitRows(first + plan.rows(next));
            Band band = image.band(next, first, plan.rows(next));
            next++;
            if (!hasNext()) {
                finish();
            }
            return band;
        }
    }
}
