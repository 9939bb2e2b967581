package org.distgray.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end-of-run table and JSON: executors with their shares, phases, totals. */
class RunReportTest {
    private static TaskRecord task(int band, String executor, String host, long pixels,
            long launch, long finish) {
        return TaskRecord.builder().image(1).band(band, 10, pixels).bytes(pixels * 3, pixels)
                .executor(executor, host).times(launch, finish, finish - launch, 0).build();
    }

    private static RunReport report() {
        PhaseTimes phases = new PhaseTimes();
        phases.add(Phase.DECODE, 400_000_000L);
        phases.add(Phase.CONVERT, 1_000_000_000L);
        ImageRecord image = ImageRecord.converted("in/a.jpg", "out/a.jpg", "jpeg", 100, 40, 4,
                5_000, 2_000, phases);
        ImageRecord bad = ImageRecord.failed("in/b.png", null, null, 0, 0, "empty file (0 bytes)",
                new PhaseTimes());
        List<TaskRecord> tasks = List.of(task(0, "1", "host-a", 1000, 0, 100),
                task(1, "1", "host-a", 1000, 100, 200), task(2, "1", "host-a", 1000, 200, 300),
                task(3, "0", "host-b", 1000, 0, 300));
        return new RunReport("spark://127.0.0.1:7077", "bands", 2000, 2000, List.of(image, bad),
                tasks);
    }

    @Test
    void executorsCarryTheirShareOfThePixels() {
        List<ExecutorSummary> executors = report().executors();
        assertEquals(List.of("0", "1"), executors.stream().map(ExecutorSummary::id).toList());
        assertEquals(0.25, executors.get(0).share(), 1e-9);
        assertEquals(0.75, executors.get(1).share(), 1e-9);
        assertEquals(3, executors.get(1).units());
        assertEquals(300, executors.get(1).busyMillis());
        assertEquals("host-b", executors.get(0).host());
    }

    @Test
    void tableShowsExecutorsPhasesAndTotals() {
        String table = report().table();
        assertTrue(table.startsWith("distgray: 1 of 2 images converted, 0 skipped, 1 failed;"
                + " 0.0 MP in 2.00 s (0.0 MP/s, 1.0 images/s); bands mode"), table);
        assertTrue(table.matches("(?s).*\\n1 +host-a +3 +0\\.0 +0\\.30 s +75\\.0%\\n.*"), table);
        assertTrue(table.matches("(?s).*\\n0 +host-b +1 +0\\.0 +0\\.30 s +25\\.0%\\n.*"), table);
        assertTrue(table.matches("(?s).*\\ndecode +0\\.40 s +20\\.0%\\n.*"), table);
        assertTrue(table.matches("(?s).*\\ndistribute \\+ convert +1\\.00 s +50\\.0%\\n.*"), table);
        assertTrue(table.matches("(?s).*\\ntotal +2\\.00 s\\n\\nfailed \\(1\\):\\n"
                + "  in/b\\.png: empty file \\(0 bytes\\)\\n"), table);
    }

    @Test
    void jsonCountsEverything() throws Exception {
        String text = report().toJson();
        JsonNode json = new ObjectMapper().readTree(text);
        assertEquals(2, json.get("images_total").asInt());
        assertEquals(1, json.get("images_converted").asInt());
        assertEquals(1, json.get("images_failed").asInt());
        assertEquals(400, json.get("phase_ms").get("decode").asLong());
        JsonNode converted = json.get("images").get(0);
        assertEquals(5000, converted.get("input_bytes").asLong());
        assertEquals(2000, converted.get("output_bytes").asLong());
        assertEquals(4000, converted.get("pixels").asLong());
        assertEquals("converted", converted.get("status").asText());
        JsonNode failed = json.get("images").get(1);
        assertEquals("empty file (0 bytes)", failed.get("error").asText());
        assertTrue(failed.get("width").isNull() && failed.get("start_ms").isNull(), text);
        assertEquals(0.75, json.get("executors").get(1).get("share").asDouble(), 1e-9);
        assertEquals(100, json.get("tasks").get(1).get("duration_ms").asLong());
        assertTrue(json.get("tasks").get(0).get("successful").asBoolean());
    }
}
