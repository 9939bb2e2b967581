package org.distgray.metrics;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CSV form of a metrics record, derived from the fields its JSON form has, named and ordered
 * the same way, so that the two files cannot disagree. A map keyed by an enum, such as
 * {@code phase_ms}, becomes one column per constant named with the map's unit
 * ({@code read_ms}, {@code decode_ms}...). Numbers are written whole, unknown values as an empty
 * field, and text is quoted when it holds a comma, so that a host or path cannot shift the
 * columns.
 */
final class CsvTable<R extends Record> {
    private final List<Column> columns = new ArrayList<>();

    private CsvTable(Class<R> type) {
        JavaType javaType = MetricsJson.MAPPER.constructType(type);
        for (BeanPropertyDefinition property : MetricsJson.MAPPER.getSerializationConfig()
                .introspect(javaType).findProperties()) {
            JavaType valueType = property.getPrimaryType();
            Class<?> keys = valueType.isMapLikeType() ? valueType.getKeyType().getRawClass()
                    : null;
            if (keys != null && !keys.isEnum()) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + property.getName()
                        + ": only maps keyed by an enum have a fixed set of CSV columns");
            }
            columns.add(new Column(property.getName(), property.getAccessor(), keys));
        }
    }

    static <R extends Record> CsvTable<R> of(Class<R> type) {
        return new CsvTable<>(type);
    }

    /** The header line, without its line end. */
    String header() {
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            if (column.keys == null) {
                names.add(column.name);
            } else {
                String unit = column.name.substring(column.name.lastIndexOf('_'));
                for (Object key : column.keys.getEnumConstants()) {
                    names.add(text(key) + unit);
                }
            }
        }
        return String.join(",", names);
    }

    /** The line of {@code record}, without its line end. */
    String row(R record) {
        List<String> fields = new ArrayList<>();
        for (Column column : columns) {
            Object value = column.accessor.getValue(record);
            if (column.keys == null) {
                fields.add(field(value));
            } else {
                Map<?, ?> map = (Map<?, ?>) value;
                for (Object key : column.keys.getEnumConstants()) {
                    fields.add(field(map.get(key)));
                }
            }
        }
        return String.join(",", fields);
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = text(value);
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** A value as its JSON form names it: an enum by its JSON value, the rest as itself. */
    private static String text(Object value) {
        return value instanceof Enum<?> ? MetricsJson.MAPPER.convertValue(value, String.class)
                : String.valueOf(value);
    }

    private record Column(String name, AnnotatedMember accessor, Class<?> keys) {
    }
}
