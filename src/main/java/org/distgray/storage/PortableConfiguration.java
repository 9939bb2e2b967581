package org.distgray.storage;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings in a form that travels to the executors. Hadoop's own
 * Configuration is not serializable, and executors that write outputs must see the same file
 * systems, credentials and endpoints (s3a, HDFS name services) the driver was given.
 */
public final class PortableConfiguration implements Serializable {
    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> entries;

    private PortableConfiguration(HashMap<String, String> entries) {
        this.entries = entries;
    }

    /** Captures every setting of {@code conf} as it is now. */
    public static PortableConfiguration of(Configuration conf) {
        if (conf == null) {
            throw new IllegalArgumentException("a Hadoop configuration is required");
        }
        HashMap<String, String> entries = new HashMap<>();
        for (Map.Entry<String, String> entry : conf) {
            entries.put(entry.getKey(), entry.getValue());
        }
        return new PortableConfiguration(entries);
    }

    /** A fresh Configuration holding exactly the captured settings. */
    public Configuration toConfiguration() {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}
