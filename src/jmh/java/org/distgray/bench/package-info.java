/**
 * JMH benchmarks, built and run only by the {@code jmh} Maven profile: the grayscale kernel on an
 * 8K frame beside {@code System.arraycopy} of the same bytes, the memory-bandwidth ceiling.
 */
package org.distgray.bench;
