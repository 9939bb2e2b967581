package org.distgray.spark;

import java.io.Serializable;
import org.distgray.image.Band;

/**
 * Where a band task finds its band. Bands are megabytes each; inside a task they would be copied
 * and serialized by the driver's scheduler thread, one task at a time, and every task would hold
 * its copy until it ran. A task carries only a band number and asks its source for the rows.
 */
interface BandSource extends Serializable {
    /** Band {@code index} of the image this source serves. */
    Band band(int index);

    /** Releases the bands on the driver once the job has ended, successful or not. */
    void release();
}
