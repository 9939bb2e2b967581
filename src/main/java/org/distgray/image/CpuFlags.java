package org.distgray.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The CPU's feature flags as Linux lists them in {@code /proc/cpuinfo}: the JDK does not say
 * which vector operations its JIT compiles for this CPU, and one missing flag can make a wide
 * vector path many times slower than a narrower one. Elsewhere no flag is known, and the
 * kernel keeps to widths every CPU with such vectors handles well.
 */
final class CpuFlags {
    private static final List<String> FLAGS = read();

    private CpuFlags() {
    }

    static boolean has(String flag) {
        return FLAGS.contains(flag);
    }

    private static List<String> read() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            Optional<String> flags = lines.filter(l -> l.startsWith("flags")).findFirst();
            return flags.map(l -> List.of(l.substring(l.indexOf(':') + 1).trim().split("\\s+")))
                    .orElse(List.of());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
