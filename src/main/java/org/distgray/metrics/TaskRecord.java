package org.distgray.metrics;

/**
 * One ended Spark task attempt, that is one band of one image: where it ran, how much it carried,
 * when, and, for an attempt that failed or was killed, why. The raw material of the executor
 * table and of any later analysis, failures included.
 */
public final class TaskRecord {
    private final int image;
    private final int band;
    private final int rows;
    private final long pixels;
    private final long bytesIn;
    private final long bytesOut;
    private final String executorId;
    private final String host;
    private final long launchTime;
    private final long finishTime;
    private final long executorRunTime;
    private final long gcTime;
    private final String error;

    private TaskRecord(Builder b) {
        this.image = b.image;
        this.band = b.band;
        this.rows = b.rows;
        this.pixels = b.pixels;
        this.bytesIn = b.bytesIn;
        this.bytesOut = b.bytesOut;
        this.executorId = b.executorId;
        this.host = b.host;
        this.launchTime = b.launchTime;
        this.finishTime = b.finishTime;
        this.executorRunTime = b.executorRunTime;
        this.gcTime = b.gcTime;
        this.error = b.error;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Index of the image in the run. */
    public int image() {
        return image;
    }

    public int band() {
        return band;
    }

    public int rows() {
        return rows;
    }

    public long pixels() {
        return pixels;
    }

    public long bytesIn() {
        return bytesIn;
    }

    public long bytesOut() {
        return bytesOut;
    }

    public String executorId() {
        return executorId;
    }

    public String host() {
        return host;
    }

    /** Epoch milliseconds when the task was launched. */
    public long launchTime() {
        return launchTime;
    }

    /** Epoch milliseconds when it finished. */
    public long finishTime() {
        return finishTime;
    }

    public long duration() {
        return finishTime - launchTime;
    }

    public long executorRunTime() {
        return executorRunTime;
    }

    public long gcTime() {
        return gcTime;
    }

    /** False for an attempt that failed or was killed; its band was then run again elsewhere. */
    public boolean successful() {
        return error == null;
    }

    /** Why the attempt failed or was killed, in one line; null when it succeeded. */
    public String error() {
        return error;
    }

    /** Column names of {@link #csvRow()}, the same keys as in the JSON file. */
    static final String CSV_HEADER = "image,band,rows,pixels,bytes_in,bytes_out,executor,host,"
            + "launch_ms,finish_ms,duration_ms,executor_run_ms,gc_ms,successful,error";

    String csvRow() {
        return String.join(",", String.valueOf(image), String.valueOf(band),
                String.valueOf(rows), String.valueOf(pixels), String.valueOf(bytesIn),
                String.valueOf(bytesOut), Csv.field(executorId), Csv.field(host),
                String.valueOf(launchTime), String.valueOf(finishTime),
                String.valueOf(duration()), String.valueOf(executorRunTime),
                String.valueOf(gcTime), String.valueOf(successful()), Csv.field(error));
    }

    Json.Obj toJson() {
        return Json.object()
                .put("image", image)
                .put("band", band)
                .put("rows", rows)
                .put("pixels", pixels)
                .put("bytes_in", bytesIn)
                .put("bytes_out", bytesOut)
                .put("executor", executorId)
                .put("host", host)
                .put("launch_ms", launchTime)
                .put("finish_ms", finishTime)
                .put("duration_ms", duration())
                .put("executor_run_ms", executorRunTime)
                .put("gc_ms", gcTime)
                .put("successful", successful())
                .put("error", error);
    }

    /** Collects a record's fields; every one is checked when the record is built. */
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
            if (image < 0 || band < 0 || rows < 0 || pixels < 0 || bytesIn < 0 || bytesOut < 0) {
                throw new IllegalArgumentException("task record needs image, band and sizes");
            }
            if (executorId == null || host == null) {
                throw new IllegalArgumentException("task record needs its executor and host");
            }
            if (finishTime < launchTime) {
                throw new IllegalArgumentException("task finished before it was launched");
            }
            return new TaskRecord(this);
        }
    }
}
