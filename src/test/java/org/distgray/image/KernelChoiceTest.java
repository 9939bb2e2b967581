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

    @Test
    void everyChoiceGivesTheSameBytes() throws Exception {
        String[] vector = probe(MODULE);
        String[] without = probe();
        String[] scalar = probe(MODULE, "-D" + KernelChoice.PROPERTY + "=scalar");
        String[] narrow = probe(MODULE, "-D" + KernelChoice.PROPERTY + "=vector-128");
        String[] wider = probe(MODULE, "-D" + KernelChoice.PROPERTY + "=vector-256");
        assertEquals(KernelChoice.name(), vector[0]);
        assertEquals("scalar", without[0], "a JVM without the module runs the scalar kernel");
        assertEquals("scalar", scalar[0]);
        assertEquals("vector-128", narrow[0]);
        assertEquals(scalar[1], vector[1], "vector and scalar kernels differ");
        assertEquals(scalar[1], without[1]);
        assertEquals(scalar[1], narrow[1], "128-bit vectors and scalar kernels differ");
        assertEquals("vector-256", wider[0]);
        assertEquals(scalar[1], wider[1], "256-bit vectors and scalar kernels differ");
    }

    /** Runs {@link KernelProbe} in a new JVM with {@code flags}; returns its name and hash. */
    private static String[] probe(String... flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(flags));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                KernelProbe.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("the probe JVM " + command + " did not finish in 120 s");
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
