package org.distgray.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.distgray.image.Band;

/**
 * Bands for a local master, whose executor threads run in the driver's JVM: the tasks read the
 * decoded picture where the driver holds it, through a key, with no copy and no serialization
 * at all. Only a local master's tasks may use it; anywhere else the key finds nothing and the
 * task fails saying so.
 */
final class LocalBands implements BandSource {
    private static final long serialVersionUID = 1L;
    private static final Map<Long, List<Band>> SHARED = new ConcurrentHashMap<>();
    private static final AtomicLong KEYS = new AtomicLong();

    private final long key;

    private LocalBands(long key) {
        this.key = key;
    }

    /** Shares {@code bands} with this JVM's tasks until {@link #release()}. */
    static LocalBands share(List<Band> bands) {
        long key = KEYS.incrementAndGet();
        SHARED.put(key, List.copyOf(bands));
        return new LocalBands(key);
    }

    @Override
    public Band band(int index) {
        List<Band> bands = SHARED.get(key);
        if (bands == null) {
            throw new IllegalStateException("the bands of job " + key + " are not in this JVM:"
                    + " they are shared in place only with a local master's tasks");
        }
        return bands.get(index);
    }

    @Override
    public void release() {
        SHARED.remove(key);
    }
}
