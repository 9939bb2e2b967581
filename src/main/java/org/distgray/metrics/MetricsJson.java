package org.distgray.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes the metrics records as JSON with the Jackson that Spark already puts on the driver and
 * on every executor: a record's components are its fields, in their order and in snake_case, so
 * a new metric is one new component. The same mapper names the CSV columns ({@link CsvTable}).
 * Fractions keep three decimals, so that a file reads the same on every run.
 */
final class MetricsJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .registerModule(new SimpleModule()
                    .addSerializer(Double.class, new ThreeDecimals())
                    .addSerializer(double.class, new ThreeDecimals()));

    private MetricsJson() {
    }

    /** {@code value} as an indented JSON document ending with a newline. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the metrics cannot be written as JSON", e);
        }
    }

    /** A fraction or a rate with three decimals; null when it is not a number. */
    private static final class ThreeDecimals extends StdSerializer<Double> {
        ThreeDecimals() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            if (Double.isFinite(value)) {
                out.writeNumber(String.format(Locale.ROOT, "%.3f", value));
            } else {
                out.writeNull();
            }
        }
    }

    /** A count or a time that is 0 only when it is unknown: written as null. */
    static final class ZeroIsUnknown extends StdSerializer<Number> {
        ZeroIsUnknown() {
            super(Number.class);
        }

        @Override
        public void serialize(Number value, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            if (value.longValue() == 0) {
                out.writeNull();
            } else {
                out.writeNumber(value.longValue());
            }
        }
    }
}
