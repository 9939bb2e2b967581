package org.distgray.metrics;

/** Quoting for the CSV reports, so a host or path with a comma cannot shift the columns. */
final class Csv {
    private Csv() {
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
