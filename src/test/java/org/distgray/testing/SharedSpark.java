package org.distgray.testing;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real local Spark session for every test class of the run: it takes seconds to start, so it
 * is started once, on first use, and stopped when the whole test run ends (JUnit closes resources
 * kept in the root store).
 */
public final class SharedSpark implements BeforeAllCallback {
    private static final String KEY = SharedSpark.class.getName();

    private static volatile SparkSession session;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> start(), Stopper.class);
    }

    /** The session; only valid in classes that use this extension. */
    public static SparkSession session() {
        if (session == null) {
            throw new IllegalStateException("annotate the test class with"
                    + " @ExtendWith(SharedSpark.class)");
        }
        return session;
    }

    private static Stopper start() {
        session = SparkSession.builder()
                .master("local[2]")
                .appName("distgray-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        return new Stopper();
    }

    /** Stops the session when the run ends. */
    static final class Stopper implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            session.stop();
            session = null;
        }
    }
}
