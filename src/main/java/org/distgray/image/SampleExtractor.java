package org.distgray.image;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;

/**
 * Gets a decoder's pixels into one interleaved array. The common cases (8-bit RGB, RGBA, gray
 * and gray + alpha, which is what JPEG and most PNGs decode to) are used in place, by describing
 * their sample order; 16-bit PNGs are copied once into big-endian 16-bit samples, keeping their
 * precision; anything else is converted once into 8-bit RGB(A).
 */
final class SampleExtractor {
    private SampleExtractor() {
    }

    static ColorImage extract(BufferedImage image) {
        PixelLayout inPlace = layoutInPlace(image);
        if (inPlace != null) {
            byte[] samples = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            return new ColorImage(image.getWidth(), image.getHeight(), inPlace, samples);
        }
        if (isSixteenBit(image)) {
            return sixteenBit(image);
        }
        if (isGray(image.getColorModel())) {
            return scaledGray(image);
        }
        return redrawn(image);
    }

    /** 16-bit gray, gray + alpha, sRGB or sRGBA samples, as the JDK decodes 16-bit PNGs. */
    private static boolean isSixteenBit(BufferedImage image) {
        Raster raster = image.getRaster();
        ColorModel colors = image.getColorModel();
        if (!(raster.getDataBuffer() instanceof DataBufferUShort)
                || !(colors instanceof ComponentColorModel)) {
            return false;
        }
        for (int size : raster.getSampleModel().getSampleSize()) {
            if (size != 16) {
                return false;
            }
        }
        int colours = raster.getNumBands() - (colors.hasAlpha() ? 1 : 0);
        return isGray(colors) ? colours == 1 : colors.getColorSpace().isCS_sRGB() && colours == 3;
    }

    private static ColorImage sixteenBit(BufferedImage image) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        int bands = raster.getNumBands();
        boolean alpha = image.getColorModel().hasAlpha();
        PixelLayout layout = isGray(image.getColorModel()) ? PixelLayout.gray16(alpha)
                : PixelLayout.of16(2 * bands, 0, 2, 4, alpha ? 6 : PixelLayout.NO_ALPHA);
        byte[] samples = new byte[width * height * bands * 2];
        int[] row = new int[width * bands];
        for (int y = 0, s = 0; y < height; y++) {
            raster.getPixels(0, y, width, 1, row);
            for (int value : row) {
                samples[s++] = (byte) (value >>> 8);
                samples[s++] = (byte) value;
            }
        }
        return new ColorImage(width, height, layout, samples);
    }

    private static PixelLayout layoutInPlace(BufferedImage image) {
        Raster raster = image.getRaster();
        SampleModel model = raster.getSampleModel();
        ColorModel colors = image.getColorModel();
        if (!(raster.getDataBuffer() instanceof DataBufferByte)
                || !(model instanceof PixelInterleavedSampleModel)
                || !(colors instanceof ComponentColorModel)
                || raster.getParent() != null
                || raster.getDataBuffer().getNumBanks() != 1
                || raster.getDataBuffer().getOffset() != 0) {
            return null;
        }
        PixelInterleavedSampleModel interleaved = (PixelInterleavedSampleModel) model;
        int bands = raster.getNumBands();
        if (interleaved.getPixelStride() != bands
                || interleaved.getScanlineStride() != image.getWidth() * bands
                || ((DataBufferByte) raster.getDataBuffer()).getData().length
                        != image.getWidth() * image.getHeight() * bands) {
            return null;
        }
        for (int size : model.getSampleSize()) {
            if (size != 8) {
                return null;
            }
        }
        int[] offsets = interleaved.getBandOffsets();
        boolean alpha = colors.hasAlpha();
        if (isGray(colors) && bands == (alpha ? 2 : 1)) {
            int a = alpha ? offsets[1] : PixelLayout.NO_ALPHA;
            return PixelLayout.of(bands, offsets[0], offsets[0], offsets[0], a);
        }
        if (colors.getColorSpace().isCS_sRGB() && bands == (alpha ? 4 : 3)) {
            int a = alpha ? offsets[3] : PixelLayout.NO_ALPHA;
            return PixelLayout.of(bands, offsets[0], offsets[1], offsets[2], a);
        }
        return null;
    }

    private static boolean isGray(ColorModel colors) {
        return colors instanceof ComponentColorModel
                && colors.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
    }

    /** Gray of any other depth or storage: each sample scaled to 8 bits, rounded. */
    private static ColorImage scaledGray(BufferedImage image) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        boolean alpha = image.getColorModel().hasAlpha();
        int stride = alpha ? 2 : 1;
        byte[] samples = new byte[width * height * stride];
        int[] row = new int[width];
        for (int band = 0; band < stride; band++) {
            long max = (1L << raster.getSampleModel().getSampleSize(band)) - 1;
            for (int y = 0; y < height; y++) {
                raster.getSamples(0, y, width, 1, band, row);
                int base = y * width * stride + band;
                for (int x = 0; x < width; x++) {
                    samples[base + x * stride] = (byte) ((row[x] * 255L + max / 2) / max);
                }
            }
        }
        return new ColorImage(width, height, PixelLayout.gray(alpha), samples);
    }

    /**
     * Anything else through its colour model. A translucent picture is copied pixel by pixel:
     * Java2D draws such sources (palettes under 8 bits, for one) through premultiplied alpha,
     * which changes the colour of every pixel that is not opaque.
     */
    private static ColorImage redrawn(BufferedImage image) {
        if (image.getColorModel().hasAlpha()) {
            return copiedArgb(image);
        }
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(),
                BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return extract(target);
    }

    private static ColorImage copiedArgb(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] samples = new byte[width * height * 4];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0, s = y * width * 4; x < width; x++, s += 4) {
                samples[s] = (byte) (row[x] >>> 24);
                samples[s + 1] = (byte) (row[x] >> 16);
                samples[s + 2] = (byte) (row[x] >> 8);
                samples[s + 3] = (byte) row[x];
            }
        }
        return new ColorImage(width, height, PixelLayout.of(4, 1, 2, 3, 0), samples);
    }
}
