package org.distgray.metrics;

import java.util.Locale;

/**
 * Renders one progress line: image, bands and megapixels done, percent, rate, elapsed time and
 * ETA. Until every image has been decoded the run's size is an estimate (the images seen so far,
 * scaled to the image count), shown with a {@code ~}. A batch of whole images counts images
 * instead of bands, with images per second beside megapixels per second.
 */
public final class ProgressLine {
    private ProgressLine() {
    }

    public static String render(Progress.Snapshot s) {
        return s.batch() ? renderBatch(s) : renderBands(s);
    }

    private static String renderBatch(Progress.Snapshot s) {
        double seconds = s.elapsedNanos() / 1e9;
        double imageRate = seconds > 0 ? s.imagesDone() / seconds : 0;
        double pixelRate = seconds > 0 ? s.pixelsDone() / 1e6 / seconds : 0;
        boolean estimated = s.imagesDone() < s.images();
        double total = s.imagesDone() == 0 ? 0
                : (double) s.pixelsDone() * s.images() / s.imagesDone();
        double percent = s.images() == 0 ? 0 : 100.0 * s.imagesDone() / s.images();
        String eta = imageRate > 0 ? clock((s.images() - s.imagesDone()) / imageRate) : "--:--";
        return String.format(Locale.ROOT,
                "images %d/%d  %.1f/%s%.1f MP  %5.1f%%  %.1f images/s  %.1f MP/s  elapsed %s"
                        + "  ETA %s",
                s.imagesDone(), s.images(), s.pixelsDone() / 1e6, estimated ? "~" : "",
                total / 1e6, percent, imageRate, pixelRate, clock(seconds), eta);
    }

    private static String renderBands(Progress.Snapshot s) {
        double seconds = s.elapsedNanos() / 1e9;
        double rate = seconds > 0 ? s.pixelsDone() / 1e6 / seconds : 0;
        boolean estimated = s.image() > 0 && s.image() < s.images();
        double total = estimated ? (double) s.pixelsTotal() * s.images() / s.image()
                : s.pixelsTotal();
        double percent = total == 0 ? 0 : 100.0 * s.pixelsDone() / total;
        String eta = rate > 0 && total > 0 ? clock((total - s.pixelsDone()) / 1e6 / rate) : "--:--";
        return String.format(Locale.ROOT,
                "image %d/%d  bands %d/%d  %.1f/%s%.1f MP  %5.1f%%  %.1f MP/s  elapsed %s  ETA %s",
                s.image(), s.images(), s.bandsDone(), s.bandsTotal(), s.pixelsDone() / 1e6,
                estimated ? "~" : "", total / 1e6, percent, rate, clock(seconds), eta);
    }

    static String clock(double seconds) {
        long total = Math.round(seconds);
        return total >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, total / 60 % 60,
                        total % 60)
                : String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
    }
}
