package org.distgray.image;

/**
 * Transparency of 1-, 2- and 4-bit gray PNGs, whose tRNS chunk names one gray value as fully
 * transparent. The JDK's reader (17) expands such a picture to 8-bit gray + alpha but compares the
 * key with the samples after scaling them to 8 bits, so no pixel is ever transparent. The alpha
 * is computed again here from the scaled key, which is exact: the scaling is one-to-one.
 */
final class TransparentGray {
    private TransparentGray() {
    }

    /** 8-bit gray + alpha of {@code decoded}'s gray samples: alpha 0 where gray is {@code key}. */
    static ColorImage apply(ColorImage decoded, int key) {
        PixelLayout layout = decoded.layout();
        if (layout.bitDepth() != 8 || layout.red() != layout.green()
                || layout.red() != layout.blue()) {
            throw new IllegalArgumentException("not 8-bit gray pixels: " + layout);
        }
        byte[] src = decoded.samples();
        byte[] samples = new byte[(int) decoded.pixels() * 2];
        for (int s = layout.red(), d = 0; d < samples.length; s += layout.stride(), d += 2) {
            samples[d] = src[s];
            samples[d + 1] = (byte) ((src[s] & 0xFF) == key ? 0 : 255);
        }
        return new ColorImage(decoded.width(), decoded.height(), PixelLayout.gray(true), samples);
    }
}
