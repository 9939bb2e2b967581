package org.distgray.run;

import org.apache.hadoop.conf.Configuration;
import org.distgray.metrics.ImageRecord;
import org.distgray.spark.SparkImageBatch;

/**
 * Image mode's work on an executor: the same conversion as band mode, reading and writing
 * through the Hadoop settings the driver had, with the pixels converted in place.
 */
final class ExecutorConversion implements SparkImageBatch.Work<ImageTask> {
    private static final long serialVersionUID = 1L;

    private final ConversionSettings settings;
    private transient ImageConversion conversion;

    ExecutorConversion(ConversionSettings settings) {
        this.settings = settings;
    }

    @Override
    public ImageRecord convert(ImageTask task, Configuration conf) {
        if (conversion == null) {
            conversion = new ImageConversion(conf, new WholeImagePixels(), settings);
        }
        return conversion.convert(task, null);
    }
}
