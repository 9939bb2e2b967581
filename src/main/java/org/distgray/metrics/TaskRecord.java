package org.distgray.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One ended Spark task attempt, that is one band of one image: where it ran, how much it carried,
 * when, and, for an attempt that failed or was killed, why. The raw material of the executor
 * table and of any later analysis, failures included. Its components are the fields of its JSON
 * object and the columns of the tasks CSV, in this order.
 *
 * @param image           index of the image in the run
 * @param launchTime      epoch milliseconds when the task was launched
 * @param finishTime      epoch milliseconds when it finished
 * @param duration        {@code finishTime - launchTime}
 * @param successful      false for an attempt that failed or was killed; its band was then run
 *                        again elsewhere
 * @param error           why the attempt failed or was killed, in one line; null when it
 *                        succeeded
 */
public record TaskRecord(
        int image,
        int band,
        int rows,
        long pixels,
        long bytesIn,
        long bytesOut,
        @JsonProperty("executor") String executorId,
        String host,
        @JsonProperty("launch_ms") long launchTime,
        @JsonProperty("finish_ms") long finishTime,
        @JsonProperty("duration_ms") long duration,
        @JsonProperty("executor_run_ms") long executorRunTime,
        @JsonProperty("gc_ms") long gcTime,
        boolean successful,
        String error) {

    /** Checks every field; use {@link #builder()}, which fills the derived ones. */
    public TaskRecord {
        if (image < 0 || band < 0 || rows < 0 || pixels < 0 || bytesIn < 0 || bytesOut < 0) {
            throw new IllegalArgumentException("task record needs image, band and sizes");
        }
        if (executorId == null || host == null) {
            throw new IllegalArgumentException("task record needs its executor and host");
        }
        if (finishTime < launchTime) {
            throw new IllegalArgumentException("task finished before it was launched");
        }
        if (duration != finishTime - launchTime || successful != (error == null)) {
            throw new IllegalArgumentException("a task's duration is finish - launch, and it"
                    + " is successful exactly when it has no error");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects a record's fields in the groups a Spark listener knows them, so that a call site
     * does not pass a dozen numbers in a row.
     */
    public static final class Builder {
        private int image = -1;
        private int band = -1;
        private int rows;
        private long pixels;
        private long bytesIn;
        private long bytesOut;
        private String executorId;
        private String host;
        private long launchTime;
        private long finishTime;
        private long executorRunTime;
        private long gcTime;
        private String error;

        private Builder() {
        }

        public Builder image(int value) {
            image = value;
            return this;
        }

        public Builder band(int value, int bandRows, long bandPixels) {
            band = value;
            rows = bandRows;
            pixels = bandPixels;
            return this;
        }

        public Builder bytes(long in, long out) {
            bytesIn = in;
            bytesOut = out;
            return this;
        }

        public Builder executor(String id, String hostName) {
            executorId = id;
            host = hostName;
            return this;
        }

        public Builder times(long launch, long finish, long runTime, long gc) {
            launchTime = launch;
            finishTime = finish;
            executorRunTime = runTime;
            gcTime = gc;
            return this;
        }

        /** Marks the attempt failed or killed; {@code reason} is cut to its first line. */
        public Builder failed(String reason) {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a failed task attempt needs its reason");
            }
            error = reason.strip().lines().findFirst().orElseThrow().strip();
            return this;
        }

        public TaskRecord build() {
            return new TaskRecord(image, band, rows, pixels, bytesIn, bytesOut, executorId, host,
                    launchTime, finishTime, finishTime - launchTime, executorRunTime, gcTime,
                    error == null, error);
        }
    }
}
