package org.distgray.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Wall time spent in each phase, added up over the images it is kept for, and the names of the
 * grayscale kernels that converted their pixels: each JVM picks its own, and the one that ran
 * on the executors is what explains the convert time.
 */
public final class PhaseTimes {
    private final EnumMap<Phase, Long> nanos = new EnumMap<>(Phase.class);
    private final TreeSet<String> kernels = new TreeSet<>();

    /** Starts timing a phase; call {@link Timer#stop()} when it ends. */
    public Timer start(Phase phase) {
        return new Timer(phase, System.nanoTime());
    }

    public synchronized void add(Phase phase, long elapsedNanos) {
        if (elapsedNanos < 0) {
            throw new IllegalArgumentException("elapsed time must not be negative");
        }
        nanos.merge(phase, elapsedNanos, Long::sum);
    }

    /** Notes that the kernel named {@code name} converted (some of) the pixels. */
    public synchronized void kernel(String name) {
        kernels.add(name);
    }

    /** The kernels noted, sorted and joined by commas; null when none converted pixels. */
    public synchronized String kernels() {
        return kernels.isEmpty() ? null : String.join(",", kernels);
    }

    public synchronized Map<Phase, Long> snapshot() {
        return new EnumMap<>(nanos);
    }

    /** A running phase measurement. */
    public final class Timer {
        private final Phase phase;
        private final long started;

        private Timer(Phase phase, long started) {
            this.phase = phase;
            this.started = started;
        }

        public void stop() {
            add(phase, System.nanoTime() - started);
        }
    }
}
