package org.distgray.metrics;

/**
 * The CSV files of {@code --metrics FILE}, named after the JSON file and beside it: named here,
 * with the records they hold, so that what writes them and what must never read them as input
 * agree.
 */
public enum MetricsFile {
    /** One line per task attempt. */
    TASKS("-tasks.csv"),
    /** One line per input. */
    IMAGES("-images.csv");

    private final String suffix;

    MetricsFile(String suffix) {
        this.suffix = suffix;
    }

    /** The name of this file for the JSON file named {@code jsonName} (no folder). */
    public String nameFor(String jsonName) {
        return jsonName.replaceFirst("\\.json$", "") + suffix;
    }
}
