package org.distgray.testing;

import java.util.regex.Pattern;

/** Counts what a page or a log holds, for tests that check how many charts, bars or rows. */
public final class Matches {
    private Matches() {
    }

    /** How many times {@code regex} matches in {@code text}, the matches not overlapping. */
    public static int count(String text, String regex) {
        return (int) Pattern.compile(regex).matcher(text).results().count();
    }
}
