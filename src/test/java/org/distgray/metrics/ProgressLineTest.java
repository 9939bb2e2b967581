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
        assertEquals(
                "image 1/4  bands 2/2  10.0/~40.0 MP   25.0%  1.0 MP/s  elapsed 0:10  ETA 0:30",
                ProgressLine.render(progress.snapshot(10 * SECOND)));
    }

    @Test
    void nothingDoneYetHasNoEta() {
        Progress progress = new Progress(2, 0);
        assertEquals("image 0/2  bands 0/0  0.0/0.0 MP    0.0%  0.0 MP/s  elapsed 0:00  ETA --:--",
                ProgressLine.render(progress.snapshot(0)));
    }

    @Test
    void batchCountsImagesAndEstimatesMegapixelsFromThoseDone() {
        Progress progress = Progress.ofBatch(1000, 0);
        progress.imagesFinished(250, 300_000_000);
        assertEquals("images 250/1000  300.0/~1200.0 MP   25.0%  12.5 images/s  15.0 MP/s"
                + "  elapsed 0:20  ETA 1:00", ProgressLine.render(progress.snapshot(20 * SECOND)));
    }

    @Test
    void batchTotalsNeverGoBack() {
        Progress progress = Progress.ofBatch(10, 0);
        progress.imagesFinished(6, 6_000_000);
        progress.imagesFinished(4, 4_000_000);
        assertEquals("images 6/10  6.0/~10.0 MP   60.0%  0.6 images/s  0.6 MP/s  elapsed 0:10"
                + "  ETA 0:07", ProgressLine.render(progress.snapshot(10 * SECOND)));
    }

    @Test
    void finishedBatchHasNoEstimate() {
        Progress progress = Progress.ofBatch(2, 0);
        progress.imagesFinished(2, 3_000_000);
        assertEquals("images 2/2  3.0/3.0 MP  100.0%  1.0 images/s  1.5 MP/s  elapsed 0:02"
                + "  ETA 0:00", ProgressLine.render(progress.snapshot(2 * SECOND)));
    }

    @Test
    void longRunsShowHours() {
        assertEquals("1:01:01", ProgressLine.clock(3661));
        assertEquals("2:05", ProgressLine.clock(125));
    }
}
