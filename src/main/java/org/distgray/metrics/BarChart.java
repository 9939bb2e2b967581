package org.distgray.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars of one quantity against a shared scale, each with its value written beside it:
 * how the busy time splits over the executors, how the wall time splits over the phases.
 */
final class BarChart {
    private static final int LABEL_WIDTH = 190;
    private static final int PLOT_WIDTH = 640;
    private static final int ROW = 22;

    private record Row(String label, double value, String text) {
    }

    private final String kind;
    private final String colour;
    private final List<Row> rows = new ArrayList<>();

    /** {@code kind} is the class of every bar, so a reader can count them. */
    BarChart(String kind, String colour) {
        this.kind = kind;
        this.colour = colour;
    }

    BarChart add(String label, double value, String text) {
        rows.add(new Row(label, Math.max(0, value), text));
        return this;
    }

    String svg() {
        double max = rows.stream().mapToDouble(Row::value).max().orElse(0);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"chart %s-chart\" xmlns="
                + "\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">%n",
                kind, LABEL_WIDTH + PLOT_WIDTH + 340, rows.size() * ROW + 4));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double width = max == 0 ? 0 : row.value() * PLOT_WIDTH / max;
            int y = i * ROW;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\""
                    + " class=\"lane\">%s</text>%n", LABEL_WIDTH - 6, y + ROW - 7,
                    Html.escape(row.label())));
            svg.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%d\" y=\"%d\""
                    + " width=\"%s\" height=\"%d\" fill=\"%s\"/>%n", kind, LABEL_WIDTH, y + 3,
                    Html.px(width), ROW - 6, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%d\" class=\"value\">%s"
                    + "</text>%n", Html.px(LABEL_WIDTH + width + 6), y + ROW - 7,
                    Html.escape(row.text())));
        }
        return svg.append("</svg>\n").toString();
    }
}
