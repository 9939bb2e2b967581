package org.distgray.spark;

import java.io.Serializable;

/**
 * A band task's result with the name of the kernel that converted it: each executor's JVM
 * chooses its kernel for itself, so only the task can say which one ran.
 */
record KernelResult<R>(String kernel, R value) implements Serializable {
}
