package org.distgray.run;

import java.io.Serializable;
import java.util.Optional;
import org.distgray.image.GrayMethod;
import org.distgray.image.ImageFormat;
import org.distgray.image.PixelLimit;

/**
 * How every image of a run is converted: output format, JPEG quality, overwriting, bands, pixel
 * limit, gray method and mode. Serializable because in image mode the executors convert with
 * the same settings.
 */
public final class ConversionSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ImageFormat format;
    private final int quality;
    private final boolean overwrite;
    private final int partitions;
    private final long maxPixels;
    private final GrayMethod method;
    private final Mode mode;

    /**
     * @param format     output format, or null to keep each input's own
     * @param quality    JPEG quality 1..100
     * @param partitions bands per image, or 0 to size them to the executors
     * @param method     how a colour becomes gray
     */
    public ConversionSettings(ImageFormat format, int quality, boolean overwrite, int partitions,
            PixelLimit limit, GrayMethod method, Mode mode) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("JPEG quality must be 1..100, was " + quality);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must not be negative: " + partitions);
        }
        if (limit == null || method == null || mode == null) {
            throw new IllegalArgumentException("a pixel limit, a gray method and a mode are"
                    + " required");
        }
        this.format = format;
        this.quality = quality;
        this.overwrite = overwrite;
        this.partitions = partitions;
        this.maxPixels = limit.maxPixels();
        this.method = method;
        this.mode = mode;
    }

    /** The output format, when one was chosen for all inputs. */
    public Optional<ImageFormat> format() {
        return Optional.ofNullable(format);
    }

    public int quality() {
        return quality;
    }

    public boolean overwrite() {
        return overwrite;
    }

    public int partitions() {
        return partitions;
    }

    public PixelLimit limit() {
        return PixelLimit.of(maxPixels);
    }

    public GrayMethod method() {
        return method;
    }

    /** The mode asked for; {@link Mode#AUTO} is resolved per run. */
    public Mode mode() {
        return mode;
    }

    /** The same settings writing {@code value} for every input. */
    public ConversionSettings withFormat(ImageFormat value) {
        return new ConversionSettings(value, quality, overwrite, partitions, limit(), method,
                mode);
    }
}
