package org.distgray.metrics;

import java.util.Locale;

/** Renders one progress line: bands and megapixels done, percent, rate, elapsed time and ETA. */
public final class ProgressLine {
    private ProgressLine() {
    }

    public static String render(Progress.Snapshot s) {
        double seconds = s.elapsedNanos() / 1e9;
        double rate = seconds > 0 ? s.pixelsDone() / 1e6 / seconds : 0;
        double percent = s.pixelsTotal() == 0 ? 0 : 100.0 * s.pixelsDone() / s.pixelsTotal();
        String eta = rate > 0 && s.pixelsTotal() > 0
                ? clock((s.pixelsTotal() - s.pixelsDone()) / 1e6 / rate) : "--:--";
        return String.format(Locale.ROOT,
                "image %d/%d  bands %d/%d  %.1f/%.1f MP  %5.1f%%  %.1f MP/s  elapsed %s  ETA %s",
                s.image(), s.images(), s.bandsDone(), s.bandsTotal(), s.pixelsDone() / 1e6,
                s.pixelsTotal() / 1e6, percent, rate, clock(seconds), eta);
    }

    static String clock(double seconds) {
        long total = Math.round(seconds);
        return total >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
                : String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
    }
}
