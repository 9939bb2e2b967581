package org.distgray.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The work one executor did in a run. Its share of the pixels is the load-balancing result a
 * user looks for: with bands (or groups of images) sized to the cores, a faster executor takes a
 * larger share. Its components are the fields of its JSON object, in this order.
 *
 * @param units      bands it converted in band mode, whole images in image mode
 * @param busyMillis sum of its tasks' durations, launch to finish
 * @param share      fraction of the run's converted pixels, 0..1
 */
public record ExecutorSummary(
        @JsonProperty("executor") String id,
        String host,
        int units,
        long pixels,
        @JsonProperty("busy_ms") long busyMillis,
        double share) {

    /** One summary per executor that finished a band, ordered by executor id. */
    public static List<ExecutorSummary> of(List<TaskRecord> tasks) {
        return summarise(tasks.stream().filter(TaskRecord::successful).toList(),
                TaskRecord::executorId, TaskRecord::host, TaskRecord::pixels,
                TaskRecord::duration);
    }

    /**
     * One summary per executor that converted an image in image mode, from the images' own
     * records: there a task is a group of whole images, and the image is the unit that counts.
     */
    public static List<ExecutorSummary> ofImages(List<ImageRecord> images) {
        return summarise(images.stream()
                        .filter(i -> i.status() == ImageRecord.Status.CONVERTED
                                && i.executor() != null)
                        .toList(),
                ImageRecord::executor, ImageRecord::host, ImageRecord::pixels,
                i -> i.endMillis() - i.startMillis());
    }

    private static <T> List<ExecutorSummary> summarise(List<T> done,
            Function<T, String> executor, Function<T, String> host, ToLongFunction<T> pixels,
            ToLongFunction<T> busy) {
        Map<String, List<T>> byExecutor = new LinkedHashMap<>();
        long total = 0;
        for (T item : done) {
            byExecutor.computeIfAbsent(executor.apply(item), k -> new ArrayList<>()).add(item);
            total += pixels.applyAsLong(item);
        }
        List<ExecutorSummary> result = new ArrayList<>();
        for (Map.Entry<String, List<T>> entry : byExecutor.entrySet()) {
            long executorPixels = 0;
            long executorBusy = 0;
            for (T item : entry.getValue()) {
                executorPixels += pixels.applyAsLong(item);
                executorBusy += busy.applyAsLong(item);
            }
            result.add(new ExecutorSummary(entry.getKey(), host.apply(entry.getValue().get(0)),
                    entry.getValue().size(), executorPixels, executorBusy,
                    total == 0 ? 0 : (double) executorPixels / total));
        }
        result.sort(Comparator.comparing(e -> order(e.id())));
        return result;
    }

    /** Sorts executor ids: named ones ({@code driver}) first, then numbers in numeric order. */
    static String order(String id) {
        return id.chars().allMatch(Character::isDigit)
                ? String.format("1%10s", id) : "0" + id;
    }
}
