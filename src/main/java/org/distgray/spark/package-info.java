/**
 * The Spark wiring of both modes. Band mode: how many bands an image is cut into for the task
 * slots at hand, the job that ships bands out (in place with a local master, by broadcast on a
 * cluster) and brings them back, the warm-up job, and the listener that turns Spark's task events
 * into progress and task records. Image mode: the batch job that cuts the inputs into groups by
 * weight and runs, on the executors, the per-image work the run layer hands it, so that only a
 * record per image comes back. For both, the bound on waiting for an executor. The pixels
 * themselves are handled by {@code org.distgray.image}.
 */
package org.distgray.spark;
