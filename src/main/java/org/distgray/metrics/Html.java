package org.distgray.metrics;

import java.util.Locale;

/**
 * Text made safe for the HTML report: paths and failure reasons come from the user's file names
 * and may hold {@code < & "}, which must show as themselves and never become markup.
 */
final class Html {
    private Html() {
    }

    /** {@code text} as HTML character data or a double-quoted attribute value. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate or length in an SVG attribute: one decimal, never a locale's comma. */
    static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
