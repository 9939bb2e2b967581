package org.distgray.metrics;

import java.util.List;
import java.util.Locale;

/**
 * The run as one self-contained web page ({@code --report FILE.html}): the summary, a Gantt chart
 * of the tasks, the executors' work, the phases, what became of each input and, given
 * {@code submit/bench} results, speedup and efficiency against cores. Charts are inline SVG and
 * the styles are in the page, so it opens anywhere, offline, and can be mailed or archived with
 * the run's other outputs.
 */
public final class HtmlReport {
    /** Inputs listed one by one in the outcomes; the metrics files have them all. */
    private static final int LISTED_INPUTS = 1000;

    private static final String STYLE = String.join("\n",
            "body{font-family:sans-serif;margin:24px;color:#222;background:#fff;max-width:1200px}",
            "h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ccc}",
            "table{border-collapse:collapse;font-size:13px}",
            "td,th{padding:3px 10px;text-align:left;border-bottom:1px solid #e4e4e4}",
            "td.n,th.n{text-align:right}",
            "svg{font-size:11px;display:block}",
            "svg .grid{stroke:#c8ccd2;stroke-width:1}svg .tick,svg .lane,svg .value{fill:#333}",
            ".legend{list-style:none;padding:0;font-size:12px;columns:2}",
            ".swatch{display:inline-block;width:12px;height:12px;margin-right:6px;"
                    + "vertical-align:middle}",
            ".swatch.ideal{border-top:2px dashed #333;height:0}",
            ".caption{font-size:12px;color:#555}.scaling{display:flex;gap:24px;flex-wrap:wrap}",
            ".failed{color:#a40000}");

    private HtmlReport() {
    }

    /** The page for {@code report}; the scaling section only when {@code bench} has runs. */
    public static String page(RunReport report, BenchResults bench) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>distgray run report</title>\n<style>\n").append(STYLE)
                .append("\n</style>\n</head>\n<body>\n<h1>distgray run report</h1>\n");
        summary(page, report);
        page.append("<h2>Timeline</h2>\n<p class=\"caption\">One lane per task slot of each"
                + " executor, one bar per task (a band in band mode, an image in image mode),"
                + " coloured by image; gaps are idle slots.");
        if (!"images".equals(report.mode())) {
            page.append(" A band's bar is its run time on the executor from its launch; the"
                    + " thin strip after it lasts until the driver had the result (serializing,"
                    + " sending, reading it), while the slot already takes the next band.");
        }
        page.append(" Hover a bar for its image and times.</p>\n")
                .append(new GanttChart(report).html());
        executors(page, report);
        phases(page, report);
        outcomes(page, report);
        if (!bench.isEmpty()) {
            page.append("<h2>Scaling (submit/bench)</h2>\n<p class=\"caption\">Speedup T1 / Tk"
                    + " and efficiency (speedup / k) of each workload against the number of"
                    + " cores; the dashed line is perfect scaling.</p>\n<div class=\"scaling\">"
                    + "\n<div>\n<h3>Speedup</h3>\n")
                    .append(ScalingChart.svg(bench, "speedup",
                            ScalingChart.SPEEDUP_BACKGROUND, BenchResults.Run::speedup,
                            k -> k, 1))
                    .append("</div>\n<div>\n<h3>Efficiency</h3>\n")
                    .append(ScalingChart.svg(bench, "efficiency",
                            ScalingChart.EFFICIENCY_BACKGROUND, BenchResults.Run::efficiency,
                            k -> 1, 1))
                    .append("</div>\n</div>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    private static void summary(StringBuilder page, RunReport report) {
        page.append("<table class=\"summary\">\n");
        row(page, "images", String.format(Locale.ROOT, "%d: %d converted, %d skipped, %d failed",
                report.images().size(), report.converted(), report.skipped(), report.failed()));
        row(page, "converted", String.format(Locale.ROOT, "%.1f MP", report.convertedPixels()
                / 1e6));
        row(page, "wall time", RunReport.seconds(report.wallMillis()));
        row(page, "throughput", String.format(Locale.ROOT, "%.1f MP/s, %.1f images/s",
                report.megapixelsPerSecond(), report.imagesPerSecond()));
        row(page, "mode", report.mode());
        row(page, "master", report.master());
        row(page, "Spark started in", RunReport.seconds(report.startupMillis()));
        row(page, "executors", String.valueOf(report.executors().size()));
        if (!"images".equals(report.mode())) {
            row(page, "band tasks", String.valueOf(report.tasks().size()));
        }
        page.append("</table>\n");
    }

    private static void row(StringBuilder page, String name, String value) {
        page.append("<tr><th>").append(Html.escape(name)).append("</th><td>")
                .append(Html.escape(value)).append("</td></tr>\n");
    }

    private static void executors(StringBuilder page, RunReport report) {
        page.append("<h2>Executors</h2>\n");
        List<ExecutorSummary> executors = report.executors();
        if (executors.isEmpty()) {
            page.append("<p>No executor converted anything.</p>\n");
            return;
        }
        String unit = "images".equals(report.mode()) ? "images" : "bands";
        page.append("<table>\n<tr><th>executor</th><th>host</th><th class=\"n\">").append(unit)
                .append("</th><th class=\"n\">MP</th><th class=\"n\">busy</th>"
                        + "<th class=\"n\">share</th></tr>\n");
        BarChart busy = new BarChart("executor-bar", "#4e79a7");
        for (ExecutorSummary e : executors) {
            page.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td class=\"n\">"
                    + "%d</td><td class=\"n\">%.1f</td><td class=\"n\">%s</td>"
                    + "<td class=\"n\">%.1f%%</td></tr>%n", Html.escape(e.id()),
                    Html.escape(e.host()), e.units(), e.pixels() / 1e6,
                    RunReport.seconds(e.busyMillis()), 100 * e.share()));
            busy.add("executor " + e.id(), e.busyMillis(), String.format(Locale.ROOT,
                    "%s busy, %d %s, %.1f%% of the pixels", RunReport.seconds(e.busyMillis()),
                    e.units(), unit, 100 * e.share()));
        }
        page.append("</table>\n<p class=\"caption\">Busy time: the sum of the executor's task"
                + " times (in image mode, of its images' times), launch to end.</p>\n")
                .append(busy.svg());
    }

    private static void phases(StringBuilder page, RunReport report) {
        page.append("<h2>Phases</h2>\n<p class=\"caption\">Time of each step summed over the"
                + " images");
        if ("images".equals(report.mode())) {
            page.append(" (they run in parallel on the executors, so the sum exceeds the wall"
                    + " time)");
        }
        page.append(".</p>\n");
        BarChart chart = new BarChart("phase-bar", "#59a14f");
        long wall = report.wallMillis();
        for (Phase phase : Phase.values()) {
            long ms = report.phaseMillis(phase);
            chart.add(phase.label(), ms, String.format(Locale.ROOT, "%s (%.1f%% of the wall"
                    + " time)", RunReport.seconds(ms), wall == 0 ? 0 : 100.0 * ms / wall));
        }
        page.append(chart.svg());
    }

    private static void outcomes(StringBuilder page, RunReport report) {
        page.append(String.format(Locale.ROOT, "<h2>Outcomes</h2>%n<p>%d converted, %d skipped"
                + " (output already there), %d failed.</p>%n", report.converted(),
                report.skipped(), report.failed()));
        List<ImageRecord> images = report.images();
        if (images.isEmpty()) {
            return;
        }
        page.append("<table class=\"outcomes\">\n<tr><th>input</th><th>status</th>"
                + "<th>output or reason</th><th class=\"n\">size</th><th class=\"n\">bands</th>"
                + "<th class=\"n\">time</th></tr>\n");
        int listed = Math.min(images.size(), LISTED_INPUTS);
        for (ImageRecord image : images.subList(0, listed)) {
            boolean failed = image.status() == ImageRecord.Status.FAILED;
            page.append(String.format(Locale.ROOT, "<tr class=\"%s\"><td>%s</td><td>%s</td>"
                    + "<td>%s</td><td class=\"n\">%s</td><td class=\"n\">%d</td>"
                    + "<td class=\"n\">%s</td></tr>%n", image.status().key(),
                    Html.escape(image.path()), image.status().key(),
                    Html.escape(failed ? image.error() : image.output()),
                    image.width() == 0 ? "" : image.width() + "x" + image.height(),
                    image.bands(), image.executor() == null ? ""
                            : RunReport.seconds(image.endMillis() - image.startMillis())));
        }
        page.append("</table>\n");
        if (listed < images.size()) {
            page.append(String.format(Locale.ROOT, "<p>… and %d more inputs; --metrics writes"
                    + " them all.</p>%n", images.size() - listed));
        }
    }
}
