package org.distgray.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return new RunReport("spark://127.0.0.1:7077", "bands", 2000, 2000, List.of(image, bad), tasks);
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
    void jsonEscapesAndCountsEverything() {
        String json = report().toJson();
        assertTrue(json.contains("\"images_total\": 2"), json);
        assertTrue(json.contains("\"images_converted\": 1"), json);
        assertTrue(json.contains("\"images_failed\": 1"), json);
        assertTrue(json.contains("\"input_bytes\": 5000"), json);
        assertTrue(json.contains("\"output_bytes\": 2000"), json);
        assertTrue(json.contains("\"error\": \"empty file (0 bytes)\""), json);
        assertTrue(json.contains("\"share\": 0.750"), json);
        assertEquals("{\n  \"q\": \"a\\\"b\\\\c\\n\\u0001\"\n}\n",
                Json.object().put("q", "a\"b\\c\n\u0001").toString());
    }
}
