package org.distgray.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * One bench quantity against the number of cores, a line per workload and master, beside the
 * ideal (speedup k, efficiency 1): how far the runs fall short of perfect scaling.
 */
final class ScalingChart {
    /** Fills of the plot areas, one per chart; tests find a chart in a screenshot by it. */
    static final String SPEEDUP_BACKGROUND = "#f3f0e8";
    static final String EFFICIENCY_BACKGROUND = "#e9f1ec";
    private static final int LEFT = 60;
    private static final int TOP = 10;
    private static final int PLOT_WIDTH = 460;
    private static final int PLOT_HEIGHT = 260;
    private static final int BOTTOM = 40;

    private ScalingChart() {
    }

    /**
     * @param kind      class of the chart and of its points ({@code speedup}, {@code efficiency})
     * @param ideal     the ideal value at {@code k} cores
     * @param floorMax  the least top of the y axis
     */
    static String svg(BenchResults bench, String kind, String background,
            ToDoubleFunction<BenchResults.Run> value, IntToDoubleFunction ideal,
            double floorMax) {
        int maxCores = Math.max(2, bench.maxCores());
        double top = floorMax;
        for (List<BenchResults.Run> runs : bench.bySeries().values()) {
            for (BenchResults.Run run : runs) {
                top = Math.max(top, value.applyAsDouble(run));
            }
        }
        top = Math.max(top, ideal.applyAsDouble(maxCores)) * 1.1;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"chart %s\" xmlns="
                + "\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">%n",
                kind, LEFT + PLOT_WIDTH + 20, TOP + PLOT_HEIGHT + BOTTOM));
        svg.append(String.format(Locale.ROOT, "<rect class=\"plot\" x=\"%d\" y=\"%d\""
                + " width=\"%d\" height=\"%d\" fill=\"%s\"/>%n", LEFT, TOP, PLOT_WIDTH,
                PLOT_HEIGHT, background));
        for (int k = 1; k <= maxCores; k++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%d\" text-anchor="
                    + "\"middle\" class=\"tick\">%d</text>%n", Html.px(x(k, maxCores)),
                    TOP + PLOT_HEIGHT + 16, k));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\""
                + " class=\"tick\">cores</text>%n", LEFT + PLOT_WIDTH / 2,
                TOP + PLOT_HEIGHT + 34));
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%s\" text-anchor=\"end\""
                    + " class=\"tick\">%.2f</text>%n", LEFT - 6, Html.px(y(v, top) + 4), v));
        }
        StringBuilder idealPoints = new StringBuilder();
        for (int k = 1; k <= maxCores; k++) {
            idealPoints.append(Html.px(x(k, maxCores))).append(',')
                    .append(Html.px(y(ideal.applyAsDouble(k), top))).append(' ');
        }
        svg.append(String.format(Locale.ROOT, "<polyline class=\"ideal\" points=\"%s\""
                + " fill=\"none\" stroke=\"#333333\" stroke-dasharray=\"6 4\"/>%n",
                idealPoints.toString().trim()));
        int series = 0;
        StringBuilder legend = new StringBuilder("<ul class=\"legend\">\n<li><span class="
                + "\"swatch ideal\"></span>ideal</li>\n");
        for (Map.Entry<String, List<BenchResults.Run>> entry : bench.bySeries().entrySet()) {
            String colour = GanttChart.colour(series++);
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (BenchResults.Run run : entry.getValue()) {
                String px = Html.px(x(run.cores(), maxCores));
                String py = Html.px(y(value.applyAsDouble(run), top));
                points.append(px).append(',').append(py).append(' ');
                dots.append(String.format(Locale.ROOT, "<circle class=\"bench-point\""
                        + " cx=\"%s\" cy=\"%s\" r=\"4\" fill=\"%s\"><title>%s, %d cores: %.3f"
                        + "</title></circle>%n", px, py, colour, Html.escape(entry.getKey()),
                        run.cores(), value.applyAsDouble(run)));
            }
            svg.append(String.format(Locale.ROOT, "<polyline class=\"series\" points=\"%s\""
                    + " fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    points.toString().trim(), colour)).append(dots);
            legend.append(String.format(Locale.ROOT, "<li><span class=\"swatch\" style="
                    + "\"background:%s\"></span>%s</li>%n", colour,
                    Html.escape(entry.getKey())));
        }
        return svg.append("</svg>\n").append(legend).append("</ul>\n").toString();
    }

    private static double x(int cores, int maxCores) {
        return LEFT + 20 + (double) (cores - 1) * (PLOT_WIDTH - 40) / (maxCores - 1);
    }

    private static double y(double value, double top) {
        return TOP + PLOT_HEIGHT - value * PLOT_HEIGHT / top;
    }
}
