package org.distgray.spark;

import org.apache.spark.api.java.JavaSparkContext;

/**
 * How many tasks the cluster runs at once: both modes size their work to it, bands per image and
 * groups of images, so that they agree on what the cluster is.
 */
final class TaskSlots {
    private TaskSlots() {
    }

    /** The task slots of {@code context}'s cluster, at least one. */
    static int of(JavaSparkContext context) {
        return Math.max(1, context.defaultParallelism());
    }
}
