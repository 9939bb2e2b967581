package org.distgray.metrics;

import java.util.EnumMap;
import java.util.Map;

/** Wall time spent in each phase, added up over the images it is kept for. */
public final class PhaseTimes {
    private final EnumMap<Phase, Long> nanos = new EnumMap<>(Phase.class);

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

    public synchronized void addAll(PhaseTimes other) {
        for (Map.Entry<Phase, Long> e : other.snapshot().entrySet()) {
            add(e.getKey(), e.getValue());
        }
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
