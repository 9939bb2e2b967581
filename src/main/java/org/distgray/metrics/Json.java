package org.distgray.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal JSON writer for the metrics file. The metrics are a handful of flat records, so a
 * few dozen lines here beat pulling a JSON library onto every executor's classpath.
 */
public final class Json {
    private Json() {
    }

    /** An ordered JSON object under construction. */
    public static final class Obj {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        /** Adds a field; values are strings, numbers, booleans, null, {@link Obj} or lists of those. */
        public Obj put(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            write(this, out, 0);
            return out.append('\n').toString();
        }
    }

    public static Obj object() {
        return new Obj();
    }

    /** Maps each element to an object, keeping the order. */
    public static <T> List<Obj> array(Iterable<T> items, java.util.function.Function<T, Obj> mapper) {
        List<Obj> list = new ArrayList<>();
        for (T item : items) {
            list.add(mapper.apply(item));
        }
        return list;
    }

    private static void write(Object value, StringBuilder out, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Obj obj) {
            writeObject(obj, out, indent);
        } else if (value instanceof List<?> list) {
            writeList(list, out, indent);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            out.append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.3f", d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            quote(value.toString(), out);
        }
    }

    private static void writeObject(Obj obj, StringBuilder out, int indent) {
        if (obj.fields.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<String, Object> field : obj.fields.entrySet()) {
            pad(out, indent + 1);
            quote(field.getKey(), out);
            out.append(": ");
            write(field.getValue(), out, indent + 1);
            out.append(++i < obj.fields.size() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append('}');
    }

    private static void writeList(List<?> list, StringBuilder out, int indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            pad(out, indent + 1);
            write(list.get(i), out, indent + 1);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append(']');
    }

    private static void pad(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
