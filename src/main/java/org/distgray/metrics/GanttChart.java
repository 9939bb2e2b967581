package org.distgray.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run drawn over time: one lane per task slot of each executor, one bar per task (a band in
 * band mode, an image in image mode) coloured by image, so idle gaps, the tail and a slow
 * executor are seen at a glance. In band mode a lane above shows when the driver worked on each
 * image (read, decode, job, encode, write), and a band's bar is its run time on the executor
 * from its launch, followed by a thin strip until the driver had its result: the slot is free
 * again as soon as the executor is done, while the driver still fetches and reads the result.
 */
final class GanttChart {
    /** Fill of the plot area; tests find the chart in a screenshot by it. */
    static final String BACKGROUND = "#eef1f5";
    private static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
        "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
    private static final String FAILED = "#555555";
    private static final int LABEL_WIDTH = 190;
    private static final int PLOT_WIDTH = 960;
    private static final int LANE = 20;
    private static final int BAR = 14;
    private static final int AXIS = 30;

    /**
     * One bar: a task attempt or an image's time on the driver. The slot is busy from
     * {@code start} to {@code slotEnd}; {@code end} is when the driver saw it finished.
     */
    private record Bar(String executor, long start, long slotEnd, long end, int image,
            String label, boolean failed) {
        Bar(String executor, long start, long end, int image, String label, boolean failed) {
            this(executor, start, end, end, image, label, failed);
        }
    }

    private final List<Bar> bars = new ArrayList<>();
    private final List<Bar> driverSpans = new ArrayList<>();
    private final Map<Integer, String> imageNames = new TreeMap<>();

    GanttChart(RunReport report) {
        List<ImageRecord> ran = report.images().stream()
                .filter(i -> i.executor() != null).toList();
        if ("images".equals(report.mode())) {
            for (int i = 0; i < ran.size(); i++) {
                ImageRecord image = ran.get(i);
                imageNames.put(i, image.path());
                bars.add(new Bar(image.executor(), image.startMillis(), image.endMillis(), i,
                        image.path() + " (" + image.status().key() + ")",
                        image.status() == ImageRecord.Status.FAILED));
            }
            return;
        }
        for (int i = 0; i < ran.size(); i++) {
            ImageRecord image = ran.get(i);
            driverSpans.add(new Bar(image.executor(), image.startMillis(), image.endMillis(),
                    i, image.path() + " on the driver (" + image.status().key() + ")",
                    image.status() == ImageRecord.Status.FAILED));
        }
        for (TaskRecord task : report.tasks()) {
            int image = imageOf(task, ran);
            String name = image < 0 ? "image " + task.image() : ran.get(image).path();
            imageNames.putIfAbsent(image, name);
            long slotEnd = task.executorRunTime() > 0
                    ? Math.min(task.finishTime(), task.launchTime() + task.executorRunTime())
                    : task.finishTime();
            bars.add(new Bar(task.executorId(), task.launchTime(), slotEnd, task.finishTime(),
                    image, name + ", band " + task.band() + (task.successful() ? "" : " (failed)")
                            + ", ran " + task.executorRunTime() + " ms",
                    !task.successful()));
        }
    }

    /**
     * The image a band task belongs to: band mode converts one image after another on the
     * driver, so it is the image whose time on the driver spans the task's launch.
     */
    private static int imageOf(TaskRecord task, List<ImageRecord> ran) {
        for (int i = 0; i < ran.size(); i++) {
            ImageRecord image = ran.get(i);
            long launch = task.launchTime();
            if (image.startMillis() <= launch && launch <= image.endMillis()) {
                return i;
            }
        }
        return -1;
    }

    /** Bars drawn for tasks (band attempts or images), the count a reader checks. */
    int tasks() {
        return bars.size();
    }

    /** The chart, or a sentence when nothing ran. */
    String html() {
        if (bars.isEmpty()) {
            return "<p>No task ran.</p>\n";
        }
        long t0 = Long.MAX_VALUE;
        long t1 = Long.MIN_VALUE;
        for (Bar bar : all()) {
            t0 = Math.min(t0, bar.start());
            t1 = Math.max(t1, bar.end());
        }
        long span = Math.max(1, t1 - t0);
        Map<String, List<List<Bar>>> lanes = lanes();
        int laneCount = lanes.values().stream().mapToInt(List::size).sum()
                + (driverSpans.isEmpty() ? 0 : 1);
        int plotHeight = laneCount * LANE;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"chart gantt\" xmlns="
                + "\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">%n",
                LABEL_WIDTH + PLOT_WIDTH + 20, plotHeight + AXIS));
        svg.append(String.format(Locale.ROOT, "<rect class=\"plot\" x=\"%d\" y=\"0\" width=\"%d\""
                + " height=\"%d\" fill=\"%s\"/>%n", LABEL_WIDTH, PLOT_WIDTH, plotHeight,
                BACKGROUND));
        int lane = 0;
        if (!driverSpans.isEmpty()) {
            label(svg, lane, "driver: images");
            for (Bar bar : driverSpans) {
                rect(svg, "image-span", bar, lane, t0, span, 0.55);
            }
            lane++;
        }
        long busy = bars.stream().mapToLong(b -> b.slotEnd() - b.start()).sum();
        for (Map.Entry<String, List<List<Bar>>> executor : lanes.entrySet()) {
            for (int slot = 0; slot < executor.getValue().size(); slot++) {
                label(svg, lane, "executor " + executor.getKey() + ", slot " + (slot + 1));
                for (Bar bar : executor.getValue().get(slot)) {
                    rect(svg, "task", bar, lane, t0, span, 1.0);
                }
                lane++;
            }
        }
        axis(svg, plotHeight, span);
        svg.append("</svg>\n");
        svg.append(String.format(Locale.ROOT, "<p class=\"caption\">%d tasks on %d lanes over"
                + " %s; on average %.2f slots were busy (sum of the bars / span).</p>%n",
                bars.size(), laneCount - (driverSpans.isEmpty() ? 0 : 1),
                RunReport.seconds(span), (double) busy / span));
        svg.append(legend());
        return svg.toString();
    }

    private List<Bar> all() {
        List<Bar> all = new ArrayList<>(bars);
        all.addAll(driverSpans);
        return all;
    }

    /**
     * Each executor's bars packed into as few lanes as never overlap: a lane is a task slot, so
     * the lanes of an executor are the cores it kept busy at once.
     */
    private Map<String, List<List<Bar>>> lanes() {
        Map<String, List<Bar>> byExecutor = new TreeMap<>(
                Comparator.comparing(ExecutorSummary::order));
        for (Bar bar : bars) {
            byExecutor.computeIfAbsent(bar.executor(), k -> new ArrayList<>()).add(bar);
        }
        Map<String, List<List<Bar>>> lanes = new LinkedHashMap<>();
        for (Map.Entry<String, List<Bar>> executor : byExecutor.entrySet()) {
            List<Bar> sorted = new ArrayList<>(executor.getValue());
            sorted.sort(Comparator.comparingLong(Bar::start).thenComparingLong(Bar::slotEnd));
            List<List<Bar>> slots = new ArrayList<>();
            for (Bar bar : sorted) {
                List<Bar> free = null;
                for (List<Bar> slot : slots) {
                    if (slot.get(slot.size() - 1).slotEnd() <= bar.start()) {
                        free = slot;
                        break;
                    }
                }
                if (free == null) {
                    free = new ArrayList<>();
                    slots.add(free);
                }
                free.add(bar);
            }
            lanes.put(executor.getKey(), slots);
        }
        return lanes;
    }

    private static void label(StringBuilder svg, int lane, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\""
                + " class=\"lane\">%s</text>%n", LABEL_WIDTH - 6, lane * LANE + LANE - 6,
                Html.escape(text)));
    }

    private static void rect(StringBuilder svg, String kind, Bar bar, int lane, long t0,
            long span, double opacity) {
        double x = LABEL_WIDTH + (double) (bar.start() - t0) * PLOT_WIDTH / span;
        double width = Math.max(1.0,
                (double) (bar.slotEnd() - bar.start()) * PLOT_WIDTH / span);
        String fill = bar.failed() ? FAILED : colour(bar.image());
        int y = lane * LANE + (LANE - BAR) / 2;
        String title = Html.escape(bar.label()) + ": " + (bar.end() - bar.start())
                + " ms launch to end";
        svg.append(String.format(Locale.ROOT, "<rect class=\"%s%s\" data-image=\"%d\""
                + " data-executor=\"%s\" x=\"%s\" y=\"%d\" width=\"%s\" height=\"%d\""
                + " fill=\"%s\" fill-opacity=\"%.2f\"><title>%s</title></rect>%n",
                kind, bar.failed() ? " failed" : "", bar.image(), Html.escape(bar.executor()),
                Html.px(x), y, Html.px(width), BAR, fill, opacity, title));
        if (bar.end() > bar.slotEnd()) {
            double tail = (double) (bar.end() - bar.slotEnd()) * PLOT_WIDTH / span;
            svg.append(String.format(Locale.ROOT, "<rect class=\"result-wait\" x=\"%s\""
                    + " y=\"%d\" width=\"%s\" height=\"2\" fill=\"%s\" fill-opacity=\"0.6\">"
                    + "<title>%s</title></rect>%n", Html.px(x + width), y + BAR, Html.px(tail),
                    fill, title));
        }
    }

    private static void axis(StringBuilder svg, int plotHeight, long span) {
        long step = niceStep(span);
        for (long t = 0; t <= span; t += step) {
            double x = LABEL_WIDTH + (double) t * PLOT_WIDTH / span;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"0\" x2=\"%s\" y2=\"%d\""
                    + " class=\"grid\"/><text x=\"%s\" y=\"%d\" text-anchor=\"middle\""
                    + " class=\"tick\">%s</text>%n", Html.px(x), Html.px(x), plotHeight + 4,
                    Html.px(x), plotHeight + 18, RunReport.seconds(t)));
        }
    }

    /** A step of 1, 2 or 5 times a power of ten giving five to ten ticks. */
    private static long niceStep(long span) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (span / (step * factor) <= 10) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    private String legend() {
        StringBuilder out = new StringBuilder("<ul class=\"legend\">\n");
        int shown = 0;
        for (Map.Entry<Integer, String> image : imageNames.entrySet()) {
            if (shown++ == PALETTE.length) {
                out.append(String.format(Locale.ROOT, "<li>… %d more images; the colours"
                        + " repeat</li>%n", imageNames.size() - PALETTE.length));
                break;
            }
            out.append(String.format(Locale.ROOT, "<li><span class=\"swatch\" style=\"background:"
                    + "%s\"></span>%s</li>%n", colour(image.getKey()),
                    Html.escape(image.getValue())));
        }
        return out.append("</ul>\n").toString();
    }

    static String colour(int image) {
        return PALETTE[Math.floorMod(image, PALETTE.length)];
    }
}
