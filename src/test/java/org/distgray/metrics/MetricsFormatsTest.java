package org.distgray.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON and CSV files keep the fields, order and number formats the README documents, which
 * notebooks and scripts read: the expected names here are written out, not taken from the code.
 */
class MetricsFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TaskRecord task(String executor, String host) {
        return TaskRecord.builder().image(1).band(2, 10, 1000).bytes(3000, 1000)
                .executor(executor, host).times(5_000, 5_120, 100, 7).build();
    }

    private static ImageRecord converted() {
        PhaseTimes phases = new PhaseTimes();
        phases.add(Phase.READ, 12_999_999L);
        phases.add(Phase.WRITE, 3_000_000L);
        phases.kernel("vector-256");
        return ImageRecord.converted("in/a, b.jpg", "out/a, b.jpg", "jpeg", 100, 40, 4, 5_000,
                2_000, phases).ranOn(ImageRecord.DRIVER, "h", 4_000, 6_000);
    }

    private static ImageRecord failed() {
        return ImageRecord.failed("in/\"q\".png", null, null, 0, 0, "bad\tfile \u0001",
                new PhaseTimes());
    }

    private static RunReport report(List<TaskRecord> tasks) {
        return new RunReport("local[2]", "bands", 1_000, 3_000, List.of(converted(), failed()),
                tasks);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void jsonHasTheDocumentedFieldsInTheirOrder() throws Exception {
        JsonNode json = JSON.readTree(report(List.of(task("1", "h"))).toJson());
        assertEquals(List.of("master", "mode", "kernel", "startup_ms", "wall_ms", "images_total",
                "images_converted", "images_skipped", "images_failed", "images_per_second",
                "pixels_converted", "megapixels_per_second", "phase_ms", "executors", "images",
                "tasks"), keys(json));
        assertEquals(List.of("read", "decode", "convert", "collect", "encode", "write"),
                keys(json.get("phase_ms")));
        assertEquals(List.of("executor", "host", "units", "pixels", "busy_ms", "share"),
                keys(json.get("executors").get(0)));
        assertEquals(List.of("path", "output", "format", "width", "height", "pixels", "bands",
                "input_bytes", "output_bytes", "status", "error", "executor", "host", "start_ms",
                "end_ms", "phase_ms", "kernel"), keys(json.get("images").get(0)));
        assertEquals(List.of("image", "band", "rows", "pixels", "bytes_in", "bytes_out",
                "executor", "host", "launch_ms", "finish_ms", "duration_ms", "executor_run_ms",
                "gc_ms", "successful", "error"), keys(json.get("tasks").get(0)));
    }

    @Test
    void jsonWritesUnknownsAsNullFractionsWithThreeDecimalsAndTextEscaped() throws Exception {
        String text = report(List.of()).toJson();
        JsonNode json = JSON.readTree(text);
        // The layout itself, as text: submit/bench reads "key": number lines with grep.
        assertTrue(text.startsWith("{\n  \"master\": \"local[2]\",\n"), text);
        assertTrue(text.contains("\n  \"images_per_second\": 0.667,\n"), text);
        assertTrue(text.contains("\n  \"tasks\": []\n}\n"), text);
        JsonNode failed = json.get("images").get(1);
        for (String unknown : List.of("format", "width", "height", "pixels", "start_ms",
                "end_ms", "kernel", "output")) {
            assertTrue(failed.get(unknown).isNull(), unknown + " in " + failed);
        }
        assertEquals(0, failed.get("bands").asInt());
        assertEquals("in/\"q\".png", failed.get("path").asText());
        assertEquals("bad\tfile \u0001", failed.get("error").asText());
        JsonNode converted = json.get("images").get(0);
        assertEquals(12, converted.get("phase_ms").get("read").asLong());
        assertEquals(0, converted.get("phase_ms").get("decode").asLong());
        assertEquals(4_000, converted.get("start_ms").asLong());
        assertEquals("vector-256", json.get("kernel").asText());
    }

    @Test
    void csvFilesHaveTheDocumentedColumnsAndQuoteWhatHoldsACommaOrAQuote() {
        ByteArrayOutputStream tasks = new ByteArrayOutputStream();
        ByteArrayOutputStream images = new ByteArrayOutputStream();
        try (RecordLog log = new RecordLog(tasks, images)) {
            log.task(task("1", "rack 1, host \"a\""));
            log.task(TaskRecord.builder().image(1).band(3, 10, 1000).executor("2", "h")
                    .times(5_000, 5_000, 0, 0).failed("ExecutorLostFailure (lost)\nat x")
                    .build());
            log.image(converted());
            log.image(failed());
        }
        assertEquals("image,band,rows,pixels,bytes_in,bytes_out,executor,host,launch_ms,"
                + "finish_ms,duration_ms,executor_run_ms,gc_ms,successful,error\n"
                + "1,2,10,1000,3000,1000,1,\"rack 1, host \"\"a\"\"\",5000,5120,120,100,7,true,\n"
                + "1,3,10,1000,0,0,2,h,5000,5000,0,0,0,false,ExecutorLostFailure (lost)\n",
                tasks.toString(StandardCharsets.UTF_8));
        assertEquals("path,output,format,width,height,pixels,bands,input_bytes,output_bytes,"
                + "status,error,executor,host,start_ms,end_ms,read_ms,decode_ms,convert_ms,"
                + "collect_ms,encode_ms,write_ms,kernel\n"
                + "\"in/a, b.jpg\",\"out/a, b.jpg\",jpeg,100,40,4000,4,5000,2000,converted,,"
                + "driver,h,4000,6000,12,0,0,0,0,3,vector-256\n"
                + "\"in/\"\"q\"\".png\",,,0,0,0,0,0,0,failed,bad\tfile \u0001,,,0,0,"
                + "0,0,0,0,0,0,\n",
                images.toString(StandardCharsets.UTF_8));
    }
}
