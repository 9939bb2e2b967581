package org.distgray.run;

import org.distgray.metrics.ImageRecord;
import org.distgray.spark.SparkImageBatch;
import org.distgray.storage.PortableConfiguration;

/**
 * Image mode's work on an executor: the same conversion as band mode, reading and writing
 * through the Hadoop settings the driver had, with the pixels converted in place.
 */
final class ExecutorConversion implements SparkImageBatch.Work<ImageTask> {
    private static final long serialVersionUID = 1L;

    private final PortableConfiguration conf;
    private final ConversionSettings settings;
    private transient ImageConversion conversion;

    ExecutorConversion(PortableConfiguration conf, ConversionSettings settings) {
        this.conf = conf;
        this.settings = settings;
    }

    @Override
    public ImageRecord convert(ImageTask task) {
        if (conversion == null) {
            conversion = new ImageConversion(conf.toConfiguration(), new WholeImagePixels(),
                    settings);
        }
        return conversion.convert(task, null);
    }
}
