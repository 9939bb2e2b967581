package org.distgray.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress line's numbers: done of total, percent, rate, elapsed and ETA. */
class ProgressLineTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void halfwayThroughOneImage() {
        Progress progress = new Progress(1, 0);
        progress.imageStarted(1, 8, 40_000_000);
        for (int i = 0; i < 4; i++) {
            progress.bandDone(5_000_000);
        }
        assertEquals("image 1/1  bands 4/8  20.0/40.0 MP   50.0%  2.0 MP/s  elapsed 0:10  ETA 0:10",
                ProgressLine.render(progress.snapshot(10 * SECOND)));
    }

    @Test
    void runSizeIsEstimatedUntilEveryImageStarted() {
        Progress progress = new Progress(4, 0);
        progress.imageStarted(1, 2, 10_000_000);
        progress.bandDone(5_000_000);
        progress.bandDone(5_000_000);
        assertEquals("image 1/4  bands 2/2  10.0/~40.0 MP   25.0%  1.0 MP/s  elapsed 0:10  ETA 0:30",
                ProgressLine.render(progress.snapshot(10 * SECOND)));
    }

    @Test
    void nothingDoneYetHasNoEta() {
        Progress progress = new Progress(2, 0);
        assertEquals("image 0/2  bands 0/0  0.0/0.0 MP    0.0%  0.0 MP/s  elapsed 0:00  ETA --:--",
                ProgressLine.render(progress.snapshot(0)));
    }

    @Test
    void longRunsShowHours() {
        assertEquals("1:01:01", ProgressLine.clock(3661));
        assertEquals("2:05", ProgressLine.clock(125));
    }
}
