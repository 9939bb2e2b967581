package org.distgray.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns the bytes of a JPEG or PNG file into pixels, or into a {@link BadImageException} whose
 * message says why not. The checks run cheapest first: signature, structure, declared size, and
 * only then the decoder, whose warnings about missing data count as errors so that a truncated
 * file never becomes an output with a gray bottom half.
 */
public final class ImageDecoder {
    static {
        // Under spark-submit the application's jars (with the TwelveMonkeys JPEG plugin) sit on
        // a child class loader; ImageIO's registry finds their plugins only when asked to scan
        // with it as the context loader.
        ImageIO.scanForPlugins();
    }

    private static final String JDK_JPEG_READER = "com.sun.imageio.plugins.jpeg.JPEGImageReader";

    private final PixelLimit limit;

    public ImageDecoder(PixelLimit limit) {
        if (limit == null) {
            throw new IllegalArgumentException("a pixel limit is required");
        }
        this.limit = limit;
    }

    /**
     * Decodes a whole file held in memory. A plain YCbCr JPEG ({@link JpegColour}) is read by the
     * JDK's decoder as its YCbCr samples, which the kernel turns into RGB and gray in one pass
     * ({@link PixelLayout#ycc()}): about twice as fast as a decode to RGB, with the same result.
     */
    public DecodedImage decode(byte[] bytes) throws BadImageException {
        ImageFormat format = ImageFormat.sniff(bytes)
                .orElseThrow(() -> new BadImageException(ImageFormat.describeUnsupported(bytes)));
        return switch (format) {
            case PNG -> decodePng(bytes);
            case JPEG -> decodeJpeg(bytes);
        };
    }

    private DecodedImage decodePng(byte[] bytes) throws BadImageException {
        PngStructure png = PngStructure.check(bytes);
        limit.check(png.width(), png.height());
        ColorImage pixels = decode(ImageFormat.PNG, bytes, readerFor(ImageFormat.PNG),
                reader -> pixelsOf(reader.read(0), png.lowDepthGrayKey()));
        return new DecodedImage(ImageFormat.PNG, pixels, Orientation.NORMAL);
    }

    private DecodedImage decodeJpeg(byte[] bytes) throws BadImageException {
        Orientation orientation = Orientation.ofJpeg(bytes);
        if (JpegColour.isPlainYcc(bytes)) {
            Optional<ImageReader> jdk = jdkJpegReader();
            if (jdk.isPresent()) {
                byte[] baseline = ProgressiveJpeg.toBaseline(bytes, limit).orElse(bytes);
                ColorImage ycc = decode(ImageFormat.JPEG, baseline, jdk.get(),
                        reader -> yccSamples(reader.readRaster(0, null)));
                if (ycc != null) {
                    return new DecodedImage(ImageFormat.JPEG, ycc, orientation);
                }
            }
        }
        ColorImage pixels = decode(ImageFormat.JPEG, bytes, readerFor(ImageFormat.JPEG),
                reader -> pixelsOf(reader.read(0), OptionalInt.empty()));
        return new DecodedImage(ImageFormat.JPEG, pixels, orientation);
    }

    /**
     * Starts decoding a plain YCbCr JPEG that stands upright on a thread of its own, so that
     * its top can be used while the rest is decoded. A progressive one is rewritten as baseline
     * first; empty for one that cannot be, and for any other file, which {@link #decode} reads
     * whole.
     */
    public Optional<DecodingJpeg> startDecoding(byte[] bytes) throws BadImageException {
        if (ImageFormat.sniff(bytes).orElse(null) != ImageFormat.JPEG
                || !JpegColour.isPlainYcc(bytes)
                || Orientation.ofJpeg(bytes) != Orientation.NORMAL) {
            return Optional.empty();
        }
        Optional<ImageReader> jdk = jdkJpegReader();
        if (jdk.isEmpty()) {
            return Optional.empty();
        }
        byte[] baseline = ProgressiveJpeg.toBaseline(bytes, limit).orElse(bytes);
        if (ProgressiveJpeg.isProgressive(baseline)) {
            // Not rewritten: the decoder would hand out every row once per scan, unfinished.
            return Optional.empty();
        }
        return Optional.of(DecodingJpeg.start(jdk.get(), baseline, limit));
    }

    /** What is read from a reader set up on a file's bytes. */
    @FunctionalInterface
    private interface Pixels {
        ColorImage read(ImageReader reader) throws IOException;
    }

    private ColorImage decode(ImageFormat format, byte[] bytes, ImageReader reader, Pixels pixels)
            throws BadImageException {
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in =
                new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            limit.check(reader.getWidth(0), reader.getHeight(0));
            reader.addIIOReadWarningListener(collectInto(warnings));
            ColorImage image = pixels.read(reader);
            failOnDataLoss(format, warnings);
            return image;
        } catch (IIOException e) {
            throw new BadImageException(describe(format, e), e);
        } catch (IOException | RuntimeException e) {
            throw new BadImageException("corrupt " + format.displayName() + ": " + messageOf(e),
                    e);
        } finally {
            reader.dispose();
        }
    }

    /** The JDK's own JPEG reader, which TwelveMonkeys' wraps; empty on a JDK without it. */
    private static Optional<ImageReader> jdkJpegReader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getClass().getName().equals(JDK_JPEG_READER)) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }

    /** The raster's YCbCr samples in place, or null if it is not laid out as one array. */
    private static ColorImage yccSamples(Raster raster) {
        if (!(raster.getDataBuffer() instanceof DataBufferByte buffer)
                || !(raster.getSampleModel() instanceof PixelInterleavedSampleModel model)
                || raster.getNumBands() != 3 || buffer.getNumBanks() != 1
                || buffer.getOffset() != 0 || raster.getParent() != null
                || model.getPixelStride() != 3
                || model.getScanlineStride() != raster.getWidth() * 3
                || !Arrays.equals(model.getBandOffsets(), new int[] {0, 1, 2})
                || buffer.getData().length != raster.getWidth() * raster.getHeight() * 3) {
            return null;
        }
        return new ColorImage(raster.getWidth(), raster.getHeight(), PixelLayout.ycc(),
                buffer.getData());
    }

    /** The decoded pixels, with the transparency the JDK drops from low-depth gray PNGs. */
    private static ColorImage pixelsOf(BufferedImage image, OptionalInt key) {
        ColorImage pixels = SampleExtractor.extract(image);
        return key.isPresent() ? TransparentGray.apply(pixels, key.getAsInt()) : pixels;
    }

    private static ImageReader readerFor(ImageFormat format) throws BadImageException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.pluginName());
        if (!readers.hasNext()) {
            throw new BadImageException("no " + format.displayName() + " decoder is installed");
        }
        return readers.next();
    }

    private static IIOReadWarningListener collectInto(List<String> warnings) {
        return (source, warning) -> warnings.add(warning);
    }

    /**
     * libjpeg reports truncation and damaged entropy data as warnings and fills the rest with
     * gray. Two kinds leave every pixel in place: "extraneous bytes" (padding some cameras
     * write), and TwelveMonkeys' notes on the ICC profile of a CMYK or YCCK JPEG (none embedded,
     * so its own CMYK conversion is used; or a damaged one, ignored), which most print files
     * would otherwise fail on.
     */
    static void failOnDataLoss(ImageFormat format, List<String> warnings)
            throws BadImageException {
        for (String warning : warnings) {
            if (!warning.contains("extraneous bytes") && !warning.contains("ICC")) {
                throw new BadImageException(kind(warning) + format.displayName() + ": "
                        + warning);
            }
        }
    }

    static String describe(ImageFormat format, IIOException e) {
        String message = messageOf(e);
        if (message.contains("Unsupported Image Type")) {
            return "unsupported " + format.displayName() + " colour type (" + message + ")";
        }
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null) {
            message = message + " (" + cause.getMessage() + ")";
        }
        return kind(message) + format.displayName() + ": " + message;
    }

    /** Whether a decoder's message means the file ends early, or is damaged otherwise. */
    private static String kind(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        boolean truncated = lower.contains("eof") || lower.contains("end of")
                || lower.contains("premature end") || lower.contains("truncated");
        return truncated ? "truncated " : "corrupt ";
    }

    static String messageOf(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
