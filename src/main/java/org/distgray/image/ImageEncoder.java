package org.distgray.image;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a gray picture as PNG (gray, or gray + alpha, at the picture's depth of 8 or 16 bits)
 * or JPEG (single-component, 8-bit, at the chosen quality). PNG goes through {@link PngRows}
 * and {@link PngStreamWriter} as one segment, the same encoder the bands use (on the 8K sample
 * slightly smaller than ImageIO's PNG writer in about half the time). JPEG goes through
 * ImageIO, its 8-bit samples wrapped, not copied. JPEG has no alpha channel, so a transparent
 * input written as JPEG keeps its gray values only; and no 16-bit samples, so a 16-bit
 * picture written as JPEG is first rounded to 8 bits with {@link GrayImage#toEightBit()}:
 * {@code (v * 255 + 32767) / 65535}. A JPEG restarts its entropy coding at every row of 8x8
 * blocks (a DRI of one block row, where the row has at most 65535 blocks), so that each such row
 * is coded on its own: bands of whole block rows encoded apart join into the very bytes of the
 * whole picture's encoding ({@link JpegBands}), for about 2 bytes a block row.
 */
public final class ImageEncoder {
    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

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
        return switch (format) {
            case PNG -> png();
            case JPEG -> jpeg(quality);
        };
    }

    public ImageFormat format() {
        return format;
    }

    /** Encodes {@code image} onto {@code out}; the stream is flushed, not closed. */
    public void encode(GrayImage image, OutputStream out) throws IOException {
        GrayImage fitted = format.keepsAlphaAndSixteenBit() ? image : image.toEightBit();
        switch (format) {
            case PNG -> encodePng(fitted, out);
            case JPEG -> encodeJpeg(fitted, out);
        }
        out.flush();
    }

    private static void encodePng(GrayImage image, OutputStream out) throws IOException {
        PngStreamWriter writer = PngStreamWriter.start(out, image.width(), image.height(),
                image.bitDepth(), image.hasAlpha(), List.of());
        writer.append(PngRows.deflate(0, image.samples(), 0, image.height(),
                image.width() * image.bytesPerPixel(), null, 0, true));
        writer.finish();
    }

    private void encodeJpeg(GrayImage image, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.pluginName());
        if (!writers.hasNext()) {
            throw new IOException("no JPEG encoder is installed");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            BufferedImage gray = grayOnly(image);
            writer.write(null, new IIOImage(gray, null, restartEveryBlockRow(writer, gray, param)),
                    param);
            stream.flush();
        } finally {
            writer.dispose();
        }
    }

    /**
     * The writer's own metadata for {@code image} with a restart interval of one row of blocks,
     * or null (the writer's defaults, no restarts) for a row of more blocks than DRI can count.
     */
    private static IIOMetadata restartEveryBlockRow(ImageWriter writer, BufferedImage image,
            ImageWriteParam param) throws IOException {
        int blocks = JpegBands.blocksPerRow(image.getWidth());
        if (blocks > JpegBands.MOST_BLOCKS_PER_INTERVAL) {
            return null;
        }
        IIOMetadata metadata = writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(JPEG_METADATA);
        IIOMetadataNode markers =
                (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
        IIOMetadataNode restart = new IIOMetadataNode("dri");
        restart.setAttribute("interval", Integer.toString(blocks));
        markers.insertBefore(restart, markers.getElementsByTagName("sos").item(0));
        metadata.setFromTree(JPEG_METADATA, root);
        return metadata;
    }

    /** The gray samples of an 8-bit {@code image} as Java2D sees them, alpha skipped. */
    private static BufferedImage grayOnly(GrayImage image) {
        int stride = image.bytesPerPixel();
        DataBuffer buffer = new DataBufferByte(image.samples(), image.samples().length);
        WritableRaster raster = Raster.createInterleavedRaster(buffer, image.width(),
                image.height(), image.width() * stride, stride, new int[] {0}, null);
        ComponentColorModel colors = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_GRAY), false, false, Transparency.OPAQUE,
                DataBuffer.TYPE_BYTE);
        return new BufferedImage(colors, raster, false, null);
    }
}
