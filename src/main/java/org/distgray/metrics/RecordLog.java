package org.distgray.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Appends each task attempt and each input to its CSV the moment it ends, and flushes it, so the
 * files of a run that is killed or crashes hold everything it finished up to then; kept apart
 * from {@link RunReport}, which only exists once the run is over. When a file cannot be written
 * (a full disk), the log stops writing and keeps the reason, and the run goes on.
 */
public final class RecordLog implements AutoCloseable {
    private static final CsvTable<TaskRecord> TASKS = CsvTable.of(TaskRecord.class);
    private static final CsvTable<ImageRecord> IMAGES = CsvTable.of(ImageRecord.class);

    private final OutputStream tasks;
    private final OutputStream images;
    private String failure;

    /** Starts both files with their header lines. */
    public RecordLog(OutputStream tasks, OutputStream images) {
        if (tasks == null || images == null) {
            throw new IllegalArgumentException("the task and image streams are required");
        }
        this.tasks = tasks;
        this.images = images;
        append(tasks, TASKS.header());
        append(images, IMAGES.header());
    }

    /** A log that keeps nothing: the run without {@code --metrics}. */
    public static RecordLog discarding() {
        return new RecordLog(OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    }

    /** Appends the attempt that just ended to the tasks file. */
    public void task(TaskRecord record) {
        append(tasks, TASKS.row(record));
    }

    /** Appends the input that just ended (converted, skipped or failed) to the images file. */
    public void image(ImageRecord record) {
        append(images, IMAGES.row(record));
    }

    /** Why the files stopped being written, if they did. */
    public synchronized Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private synchronized void append(OutputStream out, String line) {
        if (failure != null) {
            return;
        }
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            failure = e.getMessage();
        }
    }

    @Override
    public synchronized void close() {
        for (OutputStream out : new OutputStream[] {tasks, images}) {
            try {
                out.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e.getMessage();
                }
            }
        }
    }
}
