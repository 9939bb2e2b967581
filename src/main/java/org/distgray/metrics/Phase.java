package org.distgray.metrics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The steps one image goes through, in order; their wall times show where a run spends itself. */
public enum Phase {
    READ("read"),
    DECODE("decode"),
    CONVERT("distribute + convert"),
    COLLECT("collect"),
    ENCODE("encode"),
    WRITE("write");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The name shown in the table. */
    public String label() {
        return label;
    }

    /** The key used in JSON and CSV. */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
