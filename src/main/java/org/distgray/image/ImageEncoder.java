package org.distgray.image;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a gray picture as PNG (gray, or gray + alpha, at the picture's depth of 8 or 16 bits)
 * or JPEG (single-component, 8-bit, at the chosen quality). 8-bit samples are wrapped, not
 * copied, into the image the codec reads; 16-bit ones are copied once into the 16-bit array
 * Java2D wants. JPEG has no alpha channel, so a transparent input written as JPEG keeps its gray
 * values only; and no 16-bit samples, so a 16-bit picture written as JPEG is first rounded to
 * 8 bits with {@link GrayImage#toEightBit()}: {@code (v * 255 + 32767) / 65535}.
 */
public final class ImageEncoder {
    private final ImageFormat format;
    private final int quality;

    private ImageEncoder(ImageFormat format, int quality) {
        this.format = format;
        this.quality = quality;
    }

    public static ImageEncoder png() {
        return new ImageEncoder(ImageFormat.PNG, 100);
    }

    /** A JPEG encoder at {@code quality} from 1 (smallest) to 100 (best). */
    public static ImageEncoder jpeg(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("JPEG quality must be 1 to 100, was " + quality);
        }
        return new ImageEncoder(ImageFormat.JPEG, quality);
    }

    public static ImageEncoder of(ImageFormat format, int quality) {
        return format == ImageFormat.PNG ? png() : jpeg(quality);
    }

    public ImageFormat format() {
        return format;
    }

    /** Encodes {@code image} onto {@code out}; the stream is flushed, not closed. */
    public void encode(GrayImage image, OutputStream out) throws IOException {
        boolean alpha = image.hasAlpha() && format == ImageFormat.PNG;
        BufferedImage picture = wrap(format == ImageFormat.PNG ? image : image.toEightBit(), alpha);
        ImageWriter writer = writerFor(format);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality / 100f);
            }
            writer.write(null, new IIOImage(picture, null, null), param);
            stream.flush();
        } finally {
            writer.dispose();
        }
        out.flush();
    }

    /** {@code image} as Java2D sees it; without {@code alpha}, its alpha samples are skipped. */
    private static BufferedImage wrap(GrayImage image, boolean alpha) {
        int width = image.width();
        int height = image.height();
        int stride = image.hasAlpha() ? 2 : 1;
        int[] offsets = alpha ? new int[] {0, 1} : new int[] {0};
        DataBuffer buffer = image.bitDepth() == 8
                ? new DataBufferByte(image.samples(), image.samples().length)
                : sixteenBit(image.samples());
        WritableRaster raster = Raster.createInterleavedRaster(buffer, width, height,
                width * stride, stride, offsets, null);
        ComponentColorModel colors = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_GRAY), alpha, false,
                alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, buffer.getDataType());
        return new BufferedImage(colors, raster, false, null);
    }

    private static DataBufferUShort sixteenBit(byte[] bigEndian) {
        short[] samples = new short[bigEndian.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((bigEndian[2 * i] & 0xFF) << 8 | bigEndian[2 * i + 1] & 0xFF);
        }
        return new DataBufferUShort(samples, samples.length);
    }

    private static ImageWriter writerFor(ImageFormat format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(
                format == ImageFormat.PNG ? "png" : "jpeg");
        if (!writers.hasNext()) {
            throw new IOException("no " + format + " encoder is installed");
        }
        return writers.next();
    }
}
