package org.distgray.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link KernelBenchmark} and prints what a reader wants from it: time per 8K frame,
 * megapixels and gigabytes of source per second, and each kernel's speed as a share of the
 * bandwidth of copying the same bytes, measured in the same run (the copy's time divided by the
 * kernel's). Accepts JMH's own command-line options.
 */
public final class KernelReport {
    private KernelReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions jmhOptions = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .parent(jmhOptions)
                .include(KernelBenchmark.class.getName())
                .build()).run();
        Map<String, Double> millis = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String kernel = result.getParams().getParam("kernel");
            millis.put(name.substring(name.lastIndexOf('.') + 1)
                    + (kernel == null ? "" : " " + kernel), result.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "8K frame: %d x %d = %.1f MP%n", KernelBenchmark.WIDTH,
                KernelBenchmark.HEIGHT, KernelBenchmark.PIXELS / 1e6);
        System.out.printf(Locale.ROOT, "%-20s %10s %10s %10s %14s%n", "benchmark", "ms/frame",
                "MP/s", "GB/s", "% of copy");
        for (String kernel : new String[] {"vector", "scalar"}) {
            row(millis, "kernelBgr " + kernel, "arraycopyBgr", 3);
            row(millis, "kernelYcc " + kernel, "arraycopyBgr", 3);
            row(millis, "kernelAbgr " + kernel, "arraycopyAbgr", 4);
        }
        row(millis, "arraycopyBgr", "arraycopyBgr", 3);
        row(millis, "arraycopyAbgr", "arraycopyAbgr", 4);
    }

    private static void row(Map<String, Double> millis, String name, String baseline,
            int bytesPerPixel) {
        Double ms = millis.get(name);
        Double base = millis.get(baseline);
        if (ms == null || base == null) {
            return;
        }
        double seconds = ms / 1e3;
        System.out.printf(Locale.ROOT, "%-20s %10.2f %10.0f %10.2f %13.0f%%%n", name, ms,
                KernelBenchmark.PIXELS / 1e6 / seconds,
                (double) KernelBenchmark.PIXELS * bytesPerPixel / 1e9 / seconds, 100 * base / ms);
    }
}
