package org.distgray.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a {@code submit/bench} CSV that the HTML report plots: speedup and efficiency per
 * core count, one series per workload and master. Read from the file bench writes, so the report
 * shows the same numbers as the bench table.
 */
public final class BenchResults {
    /** One run of the benchmark. */
    record Run(String series, int cores, double speedup, double efficiency) {
    }

    private final List<Run> runs;

    private BenchResults(List<Run> runs) {
        this.runs = List.copyOf(runs);
    }

    /** No bench results: the report leaves the scaling charts out. */
    public static BenchResults none() {
        return new BenchResults(List.of());
    }

    /**
     * Parses the text of a bench CSV; {@code source} names the file in the messages.
     *
     * @throws BenchFormatException when a column is missing or a value is not a number
     */
    public static BenchResults parse(String csv, String source) throws BenchFormatException {
        String[] lines = csv.split("\r?\n");
        if (lines.length < 2 || lines[0].isBlank()) {
            throw new BenchFormatException(source + ": no bench results (expected the CSV"
                    + " submit/bench writes, with a header and one line per run)");
        }
        List<String> header = Arrays.asList(lines[0].split(",", -1));
        Map<String, Integer> column = new LinkedHashMap<>();
        for (String name : List.of("workload", "k", "master", "speedup", "efficiency")) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new BenchFormatException(source + ": no column '" + name
                        + "' (expected the CSV submit/bench writes)");
            }
            column.put(name, index);
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] fields = lines[i].split(",", -1);
            if (fields.length != header.size()) {
                throw new BenchFormatException(source + " line " + (i + 1) + ": "
                        + fields.length + " fields where the header has " + header.size());
            }
            String master = fields[column.get("master")];
            String series = fields[column.get("workload")] + ", "
                    + (master.startsWith("local[") ? "local" : master);
            int cores = (int) number(fields[column.get("k")], "k", source, i);
            if (cores < 1) {
                throw new BenchFormatException(source + " line " + (i + 1)
                        + ": k must be at least 1, not " + cores);
            }
            runs.add(new Run(series, cores, number(fields[column.get("speedup")], "speedup",
                    source, i), number(fields[column.get("efficiency")], "efficiency", source,
                    i)));
        }
        return new BenchResults(runs);
    }

    private static double number(String field, String name, String source, int line)
            throws BenchFormatException {
        try {
            double value = Double.parseDouble(field.trim());
            if (!Double.isFinite(value) || value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BenchFormatException(source + " line " + (line + 1) + ": " + name
                    + " is not a number: '" + field + "'");
        }
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** The runs grouped by series (workload and master), in the file's order. */
    Map<String, List<Run>> bySeries() {
        Map<String, List<Run>> series = new LinkedHashMap<>();
        for (Run run : runs) {
            series.computeIfAbsent(run.series(), k -> new ArrayList<>()).add(run);
        }
        return series;
    }

    int maxCores() {
        return runs.stream().mapToInt(Run::cores).max().orElse(1);
    }
}
