package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The kernel is chosen per JVM: the vector one with the incubator module, the scalar one
 * without it (the JVM must still run) or when the property asks; every choice gives the same
 * bytes. Each case is a JVM of its own, started the way a user's would be.
 */
class KernelChoiceTest {
    private static final String MODULE = "--add-modules=jdk.incubator.vector";

    @Test
    void thisTestJvmRunsTheVectorKernel() {
        assertTrue(KernelChoice.name().startsWith("vector-"),
                "the build adds " + MODULE + " to the tests, so they test the vector kernel; "
                        + "this JVM chose " + KernelChoice.name());
    }

    /**
     * Every choice gives the same bytes; by default the vector kernel takes over once compiled
     * (the probe converts until it has, in every layout), or at once when the property names it.
     */
    @Test
    void everyChoiceGivesTheSameBytes() throws Exception {
        String[] scalar = probe(MODULE, property("scalar"));
        assertEquals("scalar", scalar[0]);
        String[] without = probe();
        assertEquals("scalar", without[0], "a JVM without the module runs the scalar kernel");
        assertEquals(scalar[1], without[1]);
        String[] taken = probe(MODULE, KernelProbe.class.getName(), "warm");
        assertEquals(KernelChoice.name(), taken[0]);
        assertEquals(scalar[1], taken[1], "vector and scalar kernels differ");
        for (String bits : new String[] {"512", "256", "128"}) {
            String[] vector = probe(MODULE, property("vector-" + bits));
            assertTrue(vector[0].startsWith("vector-"), vector[0]);
            assertTrue(Integer.parseInt(vector[0].substring(7)) <= Integer.parseInt(bits),
                    vector[0] + " for at most " + bits + " bits");
            assertEquals(scalar[1], vector[1], vector[0] + " and scalar kernels differ");
        }
    }

    /**
     * Vector API code is fast only once the JIT's top tier has compiled it; a JVM without that
     * tier keeps the scalar loops, unless the property asks for vectors.
     */
    @Test
    void aJitWithoutItsTopTierKeepsTheScalarKernel() throws Exception {
        String[] scalar = probe(MODULE, property("scalar"));
        for (String jit : new String[] {"-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=3",
            "-Xint"}) {
            String[] chosen = probe(MODULE, jit);
            assertEquals("scalar", chosen[0], "the kernel of a JVM started with " + jit);
            assertEquals(scalar[1], chosen[1]);
        }
        String[] asked = probe(MODULE, "-XX:TieredStopAtLevel=1", property("vector-128"));
        assertTrue(asked[0].startsWith("vector-"), "asked for vectors, got " + asked[0]);
        assertEquals(scalar[1], asked[1]);
    }

    private static String property(String value) {
        return "-D" + KernelChoice.PROPERTY + "=" + value;
    }

    /**
     * Runs {@link KernelProbe} in a new JVM with {@code flags} (which may end with the class and
     * its arguments); returns its name and hash.
     */
    private static String[] probe(String... flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(flags));
        if (!command.contains(KernelProbe.class.getName())) {
            command.add(KernelProbe.class.getName());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                throw new AssertionError("the probe JVM " + command + " did not finish in 180 s");
            }
            String out = new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8).strip();
            assertEquals(0, process.exitValue(), "probe JVM " + command + " failed:\n" + out);
            String last = out.substring(out.lastIndexOf('\n') + 1);
            return last.split(" ");
        } finally {
            process.destroyForcibly();
        }
    }
}
