package org.distgray.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.distgray.testing.CliRun;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.distgray.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every job distgray runs is in a named job group, so a run's stages are found by name in the
 * Spark UI and the History Server: the image's path in band mode, the batch in image mode.
 */
@ExtendWith(SharedSpark.class)
class JobGroupsTest {
    /** Where Spark keeps a job's group among its properties (SparkContext.SPARK_JOB_GROUP_ID). */
    private static final String GROUP_PROPERTY = "spark.jobGroup.id";

    @TempDir
    Path dir;

    private final GroupsSeen groups = new GroupsSeen();

    @BeforeEach
    void listen() {
        SharedSpark.session().sparkContext().addSparkListener(groups);
    }

    @AfterEach
    void stopListening() {
        SharedSpark.session().sparkContext().removeSparkListener(groups);
    }

    @Test
    void bandModeNamesEachImagesJobAfterItsPath() throws Exception {
        Path first = write("first & <one>.png", 1);
        Path second = write("second.png", 2);

        CliRun run = CliRun.of(first.toString(), second.toString(), "-o",
                dir.resolve("out").toString(), "--mode", "bands", "--quiet");

        assertEquals(0, run.exit(), run.err());
        List<String> seen = groups.awaitEnded(3);
        assertEquals(List.of(SparkWarmUp.NAME, first.toString(), second.toString()), seen,
                "the warm-up, then one job per image, named after its path");
    }

    @Test
    void imageModeNamesTheBatch() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inputs.add(write("image-" + i + ".png", 10 + i).toString());
        }
        inputs.addAll(List.of("-o", dir.resolve("out").toString(), "--mode", "images",
                "--quiet"));

        CliRun run = CliRun.of(inputs.toArray(String[]::new));

        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("distgray: batch of 3 images"), groups.awaitEnded(1));
    }

    private Path write(String name, long seed) throws IOException {
        return Files.write(dir.resolve(name),
                TestImages.png(TestImages.random(40, 64, false, seed)));
    }

    /** The job group of every job that started and ended while the test listened. */
    private static final class GroupsSeen extends SparkListener {
        private final List<String> started = new ArrayList<>();
        private final List<Integer> startedIds = new ArrayList<>();
        private final List<Integer> ended = new ArrayList<>();

        @Override
        public synchronized void onJobStart(SparkListenerJobStart jobStart) {
            String group = jobStart.properties() == null ? null
                    : jobStart.properties().getProperty(GROUP_PROPERTY);
            started.add(group);
            startedIds.add(jobStart.jobId());
        }

        @Override
        public synchronized void onJobEnd(SparkListenerJobEnd jobEnd) {
            ended.add(jobEnd.jobId());
        }

        /** The groups, in the order the jobs started, once {@code jobs} jobs have ended. */
        List<String> awaitEnded(int jobs) throws InterruptedException {
            Waiting.until("the end of every job", () -> allEnded(jobs), 30);
            synchronized (this) {
                assertTrue(allEnded(jobs),
                        "jobs started " + startedIds + ", ended " + ended);
                return List.copyOf(started);
            }
        }

        private synchronized boolean allEnded(int jobs) {
            return ended.size() >= jobs && ended.containsAll(startedIds);
        }
    }
}
