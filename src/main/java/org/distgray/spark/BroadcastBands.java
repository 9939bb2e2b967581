package org.distgray.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.distgray.image.Band;

/**
 * Bands for a cluster: one broadcast variable each, so a task carries only a small handle, the
 * scheduler thread never serializes pixels, and each executor fetches just the bands it runs
 * (from the driver or from another executor that has them), once, however often a band is
 * retried there.
 */
final class BroadcastBands implements BandSource {
    private static final long serialVersionUID = 1L;

    private final List<Broadcast<Band>> bands;

    private BroadcastBands(List<Broadcast<Band>> bands) {
        this.bands = bands;
    }

    static BroadcastBands of(JavaSparkContext context, List<Band> bands) {
        List<Broadcast<Band>> handles = new ArrayList<>(bands.size());
        for (Band band : bands) {
            handles.add(context.broadcast(band));
        }
        return new BroadcastBands(handles);
    }

    @Override
    public Band band(int index) {
        return bands.get(index).value();
    }

    @Override
    public void release() {
        for (Broadcast<Band> band : bands) {
            band.destroy();
        }
    }
}
