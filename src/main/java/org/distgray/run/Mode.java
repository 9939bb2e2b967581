package org.distgray.run;

import java.util.Locale;

/**
 * How a run spreads its work. Cutting one image into bands is what lets a single 8K frame use a
 * whole cluster, but it sends every pixel through the driver; a collection of many images
 * scales better when each executor converts whole images itself.
 */
public enum Mode {
    /**
     * Whole images on the executors when the run has more images than task slots; else bands,
     * and bands too when a band count was asked for.
     */
    AUTO,
    /** Every image decoded on the driver and cut into bands converted on the executors. */
    BANDS,
    /** Every image read, converted and written by one executor task; no pixel on the driver. */
    IMAGES;

    /** The name on the command line and in the metrics. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The concrete mode for {@code images} inputs on {@code slots} task slots;
     * {@code bandsAsked}: the user chose the bands per image ({@code --partitions}).
     */
    public Mode resolve(int images, int slots, boolean bandsAsked) {
        if (this != AUTO) {
            return this;
        }
        return images > slots && !bandsAsked ? IMAGES : BANDS;
    }
}
