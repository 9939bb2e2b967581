package org.distgray.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.distgray.testing.BenchCsv;
import org.distgray.testing.Matches;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The page's charts are well-formed SVG with one bar per task, lanes that never overlap, every
 * user-supplied text escaped, and no resource fetched from anywhere.
 */
class HtmlReportTest {
    private static final String ODD_PATH = "in/<b>&\"quoted\" 'a'.png";
    private static final String BENCH = String.join("\n", BenchCsv.HEADER,
            "batch,1,local[1],12,150.0,9000,1.33,16.7,1.000,1.000,,,",
            "batch,2,local[2],12,150.0,5000,2.40,30.0,1.800,0.900,,,",
            "band,1,local[1],1,33.2,2000,0.50,16.6,1.000,1.000,1200,1.000,1.000",
            "band,2,local[2],1,33.2,1300,0.77,25.5,1.538,0.769,700,1.714,0.857",
            "band,1,spark://127.0.0.1:7077,1,33.2,2400,0.42,13.8,1.000,1.000,1500,1.000,1.000",
            "band,2,spark://127.0.0.1:7077,1,33.2,1500,0.67,22.1,1.600,0.800,800,1.875,0.938");

    private static TaskRecord task(int image, int band, String executor, long launch,
            long finish, boolean ok) {
        TaskRecord.Builder task = TaskRecord.builder().image(image).band(band, 10, 1000)
                .bytes(3000, 1000).executor(executor, "host-" + executor)
                .times(launch, finish, finish - launch, 0);
        if (!ok) {
            task.failed("ExecutorLostFailure (executor " + executor + " exited)");
        }
        return task.build();
    }

    private static ImageRecord converted(String path, int bands, long start, long end) {
        PhaseTimes phases = new PhaseTimes();
        phases.add(Phase.DECODE, 50_000_000L);
        phases.add(Phase.CONVERT, 200_000_000L);
        return ImageRecord.converted(path, path + ".out", "png", 100, 40, bands, 5_000, 2_000,
                phases).ranOn(ImageRecord.DRIVER, "driver-host", start, end);
    }

    /** Two images in band mode: 5 + 4 bands and a failed attempt, on two executors. */
    private static RunReport bandRun() {
        List<TaskRecord> tasks = new ArrayList<>();
        long t = 1_000_000;
        tasks.add(task(1, 0, "0", t + 100, t + 200, true));
        tasks.add(task(1, 1, "0", t + 100, t + 220, true));
        tasks.add(task(1, 2, "1", t + 100, t + 150, false));
        tasks.add(task(1, 2, "1", t + 150, t + 260, true));
        tasks.add(task(1, 3, "0", t + 200, t + 300, true));
        tasks.add(task(1, 4, "0", t + 220, t + 310, true));
        tasks.add(task(2, 0, "1", t + 500, t + 600, true));
        tasks.add(task(2, 1, "1", t + 500, t + 640, true));
        tasks.add(task(2, 2, "0", t + 510, t + 600, true));
        tasks.add(task(2, 3, "1", t + 600, t + 700, true));
        List<ImageRecord> images = List.of(
                ImageRecord.failed("missing.jpg", null, null, 0, 0, "no such file & <gone>",
                        new PhaseTimes()),
                converted("in/first.png", 5, t, t + 400),
                converted(ODD_PATH, 4, t + 400, t + 800),
                ImageRecord.skipped("in/old.png", "out/old.png", 10));
        return new RunReport("local[2]", "bands", 1500, 800, images, tasks);
    }

    @Test
    void bandRunHasOneBarPerTaskInNonOverlappingLanes() throws Exception {
        String page = HtmlReport.page(bandRun(), BenchResults.none());
        Element gantt = svg(page, "gantt");

        List<Element> bars = elements(gantt, "rect", "task");
        assertEquals(10, bars.size(), "one bar per task attempt");
        assertEquals(1, elements(gantt, "rect", "failed").size(), "the failed attempt");
        assertEquals(2, elements(gantt, "rect", "image-span").size(), "the images on the driver");
        assertEquals(6, bars.stream().filter(b -> b.getAttribute("data-image").equals("0"))
                .count(), "first image's five bands and its failed attempt");
        assertEquals(4, bars.stream().filter(b -> b.getAttribute("data-image").equals("1"))
                .count(), "second image's bands");
        Set<String> lanes = new HashSet<>();
        for (Element bar : bars) {
            lanes.add(bar.getAttribute("data-executor") + "@" + bar.getAttribute("y"));
        }
        assertEquals(4, lanes.size(), "two slots on each executor: " + lanes);
        for (Element a : bars) {
            for (Element b : bars) {
                if (a != b && a.getAttribute("y").equals(b.getAttribute("y"))) {
                    assertFalse(overlap(a, b), "bars in one lane never overlap");
                }
            }
        }
        assertTrue(page.contains("10 tasks on 4 lanes"), page);
    }

    @Test
    void slotIsFreeOnceTheExecutorIsDoneWhileTheDriverStillFetchesTheResult() throws Exception {
        long t = 5_000;
        List<TaskRecord> tasks = List.of(
                TaskRecord.builder().image(1).band(0, 10, 1000).executor("driver", "h")
                        .times(t, t + 100, 40, 0).build(),
                TaskRecord.builder().image(1).band(1, 10, 1000).executor("driver", "h")
                        .times(t + 50, t + 120, 60, 0).build());
        RunReport run = new RunReport("local[1]", "bands", 10, 200,
                List.of(converted("a.png", 2, t - 10, t + 150)), tasks);
        Element gantt = svg(HtmlReport.page(run, BenchResults.none()), "gantt");

        List<Element> bars = elements(gantt, "rect", "task");
        assertEquals(2, bars.size());
        assertEquals(bars.get(0).getAttribute("y"), bars.get(1).getAttribute("y"),
                "one slot: the second band started after the first ran, before its result came");
        assertEquals(2, elements(gantt, "rect", "result-wait").size(), "a strip per result");
    }

    @Test
    void everyTextFromTheUserIsEscapedAndNothingIsFetched() throws Exception {
        String page = HtmlReport.page(bandRun(), BenchResults.parse(BENCH, "bench.csv"));
        assertFalse(page.contains(ODD_PATH), "raw path in the page");
        assertFalse(page.contains("<b>") || page.contains("<gone>"), "markup from user text");
        assertTrue(page.contains("in/&lt;b&gt;&amp;&quot;quoted&quot; &#39;a&#39;.png"), page);
        assertTrue(page.contains("no such file &amp; &lt;gone&gt;"), page);
        assertFalse(Pattern.compile("<script|\\ssrc=|href=|url\\(|@import").matcher(page).find(),
                "nothing loaded from elsewhere");
        for (String kind : List.of("gantt", "executor-bar-chart", "phase-bar-chart", "speedup",
                "efficiency")) {
            svg(page, kind);
        }
    }

    @Test
    void executorsPhasesAndOutcomesAreShown() throws Exception {
        String page = HtmlReport.page(bandRun(), BenchResults.none());
        assertEquals(2, elements(svg(page, "executor-bar-chart"), "rect", "executor-bar").size());
        assertEquals(Phase.values().length,
                elements(svg(page, "phase-bar-chart"), "rect", "phase-bar").size());
        assertEquals(4, Matches.count(page, "<tr class=\"(converted|skipped|failed)\">"),
                "every input");
        assertTrue(page.contains("2 converted, 1 skipped (output already there), 1 failed"),
                page);
        assertFalse(page.contains("Scaling"), "no bench section without bench results");
    }

    @Test
    void benchResultsGiveSpeedupAndEfficiencyWithTheIdealLine() throws Exception {
        String page = HtmlReport.page(bandRun(), BenchResults.parse(BENCH, "bench.csv"));
        for (String kind : List.of("speedup", "efficiency")) {
            Element chart = svg(page, kind);
            assertEquals(6, elements(chart, "circle", "bench-point").size(), "one per run");
            assertEquals(3, elements(chart, "polyline", "series").size(),
                    "batch local, band local, band on the cluster");
            assertEquals(1, elements(chart, "polyline", "ideal").size());
        }
        Element ideal = elements(svg(page, "speedup"), "polyline", "ideal").get(0);
        String[] points = ideal.getAttribute("points").split(" ");
        assertTrue(Double.parseDouble(points[1].split(",")[1])
                < Double.parseDouble(points[0].split(",")[1]), "ideal speedup rises with k");
    }

    @Test
    void imageRunHasOneBarPerImageThatRan() throws Exception {
        List<ImageRecord> images = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            images.add(ImageRecord.converted("in/" + i + ".png", "out/" + i + ".png", "png", 10,
                    10, 1, 100, 50, new PhaseTimes()).ranOn(String.valueOf(i % 2), "h",
                    1000 + 100 * (i / 2), 1090 + 100 * (i / 2)));
        }
        images.add(ImageRecord.failed("in/bad.png", null, null, 0, 0, "truncated",
                new PhaseTimes()).ranOn("1", "h", 1400, 1410));
        images.add(ImageRecord.failed("nowhere/", null, null, 0, 0, "no such file",
                new PhaseTimes()));
        String page = HtmlReport.page(new RunReport("local[2]", "images", 100, 500, images,
                List.of()), BenchResults.none());
        Element gantt = svg(page, "gantt");
        assertEquals(8, elements(gantt, "rect", "task").size(), "the images that ran");
        assertEquals(0, elements(gantt, "rect", "image-span").size(), "no driver lane");
    }

    @Test
    void benchFileThatIsNotBenchOutputIsRefusedByName() {
        BenchFormatException noColumn = assertThrows(BenchFormatException.class,
                () -> BenchResults.parse("a,b\n1,2\n", "x/bench.csv"));
        assertEquals("x/bench.csv: no column 'workload' (expected the CSV submit/bench writes)",
                noColumn.getMessage());
        BenchFormatException badNumber = assertThrows(BenchFormatException.class,
                () -> BenchResults.parse(BENCH.replace("1.800", "fast"), "b.csv"));
        assertEquals("b.csv line 3: speedup is not a number: 'fast'", badNumber.getMessage());
        assertThrows(BenchFormatException.class, () -> BenchResults.parse("", "empty.csv"));
    }

    /** The page's SVG of class {@code kind}, parsed as XML: it must be well formed. */
    private static Element svg(String page, String kind) throws Exception {
        Matcher m = Pattern.compile("<svg class=\"chart " + Pattern.quote(kind)
                + "\".*?</svg>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "an SVG of class " + kind);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(
                new StringReader(m.group())));
        return doc.getDocumentElement();
    }

    private static List<Element> elements(Element root, String tag, String cssClass) {
        NodeList nodes = root.getElementsByTagNameNS("*", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean overlap(Element a, Element b) {
        double ax = Double.parseDouble(a.getAttribute("x"));
        double aw = Double.parseDouble(a.getAttribute("width"));
        double bx = Double.parseDouble(b.getAttribute("x"));
        double bw = Double.parseDouble(b.getAttribute("width"));
        return ax + aw > bx + 0.05 && bx + bw > ax + 0.05;
    }
}
