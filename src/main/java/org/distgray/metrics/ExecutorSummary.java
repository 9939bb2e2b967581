package org.distgray.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work one executor did in a run. Its share of the pixels is the load-balancing result a
 * user looks for: with bands sized to the cores, a faster executor takes a larger share.
 */
public final class ExecutorSummary {
    private final String id;
    private final String host;
    private final int bands;
    private final long pixels;
    private final long busyMillis;
    private final double share;

    private ExecutorSummary(String id, String host, int bands, long pixels, long busyMillis,
            double share) {
        this.id = id;
        this.host = host;
        this.bands = bands;
        this.pixels = pixels;
        this.busyMillis = busyMillis;
        this.share = share;
    }

    /** One summary per executor that finished a band, ordered by executor id. */
    public static List<ExecutorSummary> of(List<TaskRecord> tasks) {
        Map<String, List<TaskRecord>> byExecutor = new LinkedHashMap<>();
        long total = 0;
        for (TaskRecord task : tasks) {
            if (task.successful()) {
                byExecutor.computeIfAbsent(task.executorId(), k -> new ArrayList<>()).add(task);
                total += task.pixels();
            }
        }
        List<ExecutorSummary> result = new ArrayList<>();
        for (Map.Entry<String, List<TaskRecord>> entry : byExecutor.entrySet()) {
            long pixels = 0;
            long busy = 0;
            for (TaskRecord task : entry.getValue()) {
                pixels += task.pixels();
                busy += task.duration();
            }
            result.add(new ExecutorSummary(entry.getKey(), entry.getValue().get(0).host(),
                    entry.getValue().size(), pixels, busy,
                    total == 0 ? 0 : (double) pixels / total));
        }
        result.sort(Comparator.comparing(ExecutorSummary::sortKey));
        return result;
    }

    private String sortKey() {
        return id.chars().allMatch(Character::isDigit)
                ? String.format("1%10s", id) : "0" + id;
    }

    public String id() {
        return id;
    }

    public String host() {
        return host;
    }

    public int bands() {
        return bands;
    }

    public long pixels() {
        return pixels;
    }

    /** Sum of its tasks' durations, launch to finish. */
    public long busyMillis() {
        return busyMillis;
    }

    /** Fraction of the run's converted pixels, 0..1. */
    public double share() {
        return share;
    }

    Json.Obj toJson() {
        return Json.object()
                .put("executor", id)
                .put("host", host)
                .put("bands", bands)
                .put("pixels", pixels)
                .put("busy_ms", busyMillis)
                .put("share", share);
    }
}
