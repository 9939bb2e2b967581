/**
 * The Spark wiring: how many bands an image is cut into for the executors at hand, the job that
 * ships bands out and brings them back, and the listener that turns Spark's task events into
 * progress and task records. The pixels themselves are handled by {@code org.distgray.image}.
 */
package org.distgray.spark;
