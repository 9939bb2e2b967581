package org.distgray.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.distgray.testing.BenchCsv;
import org.distgray.testing.CliRun;
import org.distgray.testing.HeadlessChromium;
import org.distgray.testing.Matches;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of a real run, opened in headless Chromium: the parsed DOM has every chart with one
 * bar per task, and in the screenshot the Gantt and scaling charts are drawn, not blank.
 */
@ExtendWith(SharedSpark.class)
class ReportInBrowserIT {
    @TempDir
    static Path dir;

    private static Path page;
    private static int tasks;

    @BeforeAll
    static void runWithReport() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "chromium is not installed");
        Path first = Files.write(dir.resolve("first <&> image.png"),
                TestImages.png(TestImages.random(300, 400, false, 1)));
        Path second = Files.write(dir.resolve("second.png"),
                TestImages.png(TestImages.random(200, 240, false, 2)));
        Path bench = Files.writeString(dir.resolve("bench.csv"),
                BenchCsv.BAND_ON_TWO_CORES);
        page = dir.resolve("report/run.html");
        CliRun run = CliRun.of(first.toString(), second.toString(), "-o",
                dir.resolve("out").toString(), "--mode", "bands", "--partitions", "6",
                "--quiet", "--metrics", dir.resolve("report/run.json").toString(), "--report",
                page.toString(), "--report-bench", bench.toString());
        assertEquals(0, run.exit(), run.err());
        tasks = Files.readAllLines(dir.resolve("report/run-tasks.csv")).size() - 1;
        assertTrue(tasks >= 12, "six bands of each image: " + tasks);
    }

    @Test
    void renderedDomHasEveryChartAndOneBarPerTask() throws Exception {
        String dom = new HeadlessChromium(dir.resolve("chromium")).dom(page.toUri().toString());

        assertEquals(tasks, Matches.count(dom, "<rect class=\"task[ \"]"), "one bar per task");
        assertEquals(2, Matches.count(dom, "<rect class=\"image-span[ \"]"),
                "the images on the driver");
        assertEquals(5, Matches.count(dom, "<svg class=\"chart "),
                "Gantt, executors, phases, speedup, efficiency");
        assertEquals(4, Matches.count(dom, "<circle class=\"bench-point\""));
        assertTrue(dom.contains("first &lt;&amp;&gt; image.png"), "the path shown as text");
    }

    @Test
    void screenshotShowsTheChartsDrawn() throws Exception {
        Path png = dir.resolve("report.png");
        new HeadlessChromium(dir.resolve("chromium")).screenshot(page.toUri().toString(), png,
                1280, 2400, 0);
        BufferedImage shot = ImageIO.read(png.toFile());

        Region gantt = Region.filledWith(shot, GanttChart.BACKGROUND);
        assertTrue(gantt.width() > 600 && gantt.height() > 40, "Gantt plot area " + gantt);
        assertTrue(gantt.coloured(shot) > 0.02, "bars drawn in the Gantt chart: " + gantt);
        assertTrue(gantt.pixelsOf(shot, GanttChart.colour(0)) > 20,
                "the first image's bars in its colour");
        for (String background : List.of(ScalingChart.SPEEDUP_BACKGROUND,
                ScalingChart.EFFICIENCY_BACKGROUND)) {
            Region scaling = Region.filledWith(shot, background);
            assertTrue(scaling.width() > 300 && scaling.height() > 150, "plot " + scaling);
            assertTrue(scaling.coloured(shot) > 0.003,
                    "the runs' lines and points drawn in " + scaling);
        }
    }

    /** The bounding box of the pixels of a chart's background colour in a screenshot. */
    private record Region(int x0, int y0, int x1, int y1) {
        static Region filledWith(BufferedImage shot, String colour) {
            int rgb = Integer.parseInt(colour.substring(1), 16);
            int x0 = Integer.MAX_VALUE;
            int y0 = Integer.MAX_VALUE;
            int x1 = -1;
            int y1 = -1;
            for (int y = 0; y < shot.getHeight(); y++) {
                for (int x = 0; x < shot.getWidth(); x++) {
                    if (near(shot.getRGB(x, y), rgb)) {
                        x0 = Math.min(x0, x);
                        y0 = Math.min(y0, y);
                        x1 = Math.max(x1, x);
                        y1 = Math.max(y1, y);
                    }
                }
            }
            assertTrue(x1 >= 0, "no pixel of the chart background " + colour);
            return new Region(x0, y0, x1, y1);
        }

        int width() {
            return x1 - x0 + 1;
        }

        int height() {
            return y1 - y0 + 1;
        }

        /**
         * Fraction of the region's pixels in a saturated colour: the bars and lines, not the
         * pale background, the gray grid or the text.
         */
        double coloured(BufferedImage shot) {
            long drawn = 0;
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    int p = shot.getRGB(x, y);
                    int r = (p >> 16) & 0xff;
                    int g = (p >> 8) & 0xff;
                    int b = p & 0xff;
                    if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                        drawn++;
                    }
                }
            }
            return (double) drawn / ((long) width() * height());
        }

        long pixelsOf(BufferedImage shot, String colour) {
            int rgb = Integer.parseInt(colour.substring(1), 16);
            long n = 0;
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    if (near(shot.getRGB(x, y), rgb)) {
                        n++;
                    }
                }
            }
            return n;
        }

        private static boolean near(int argb, int rgb) {
            for (int shift = 0; shift <= 16; shift += 8) {
                if (Math.abs(((argb >> shift) & 0xff) - ((rgb >> shift) & 0xff)) > 3) {
                    return false;
                }
            }
            return true;
        }
    }
}
