package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pillow, a decoder independent of the JDK's, reads the banded encoder's files back to the same
 * samples. Skipped where Pillow is not installed (CI installs python3-pil).
 */
class PngPillowReadsTest {
    private static final String PRINT_SAMPLES = String.join("\n",
            "import sys",
            "from PIL import Image",
            "im = Image.open(sys.argv[1])",
            "im.load()",
            "print(im.mode)",
            "print(' '.join(str(v) for p in im.getdata()"
                    + " for v in (p if isinstance(p, tuple) else (p,))))");

    static List<Arguments> pictures() {
        return List.of(
                Arguments.of("8-bit gray", GrayPictures.structured(211, 67, false, 8), "L"),
                Arguments.of("8-bit gray + alpha", GrayPictures.random(53, 41, true, 8, 9), "LA"),
                Arguments.of("16-bit gray", GrayPictures.random(47, 31, false, 16, 10), "I(;16)?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pictures")
    void pillowReadsTheSamples(String name, GrayImage picture, String mode, @TempDir Path dir)
            throws IOException, InterruptedException {
        String python = pythonWithPillow();
        assumeTrue(python != null, "Pillow (python3 PIL) is not installed; skipped");
        Path file = dir.resolve("banded.png");
        Files.write(file, GrayPictures.png(picture, GrayPictures.segments(picture,
                GrayPictures.evenBands(picture.height(), 4)), List.of()));
        List<String> lines = run(python, "-c", PRINT_SAMPLES, file.toString());
        assertTrue(lines.get(0).matches(mode),
                "Pillow's mode " + lines.get(0) + ", expected " + mode);
        StringBuilder expected = new StringBuilder();
        for (int y = 0; y < picture.height(); y++) {
            for (int x = 0; x < picture.width(); x++) {
                expected.append(expected.length() == 0 ? "" : " ").append(picture.gray(x, y));
                if (picture.hasAlpha()) {
                    expected.append(' ').append(picture.alpha(x, y));
                }
            }
        }
        assertEquals(expected.toString(), lines.get(1), "samples as Pillow reads them");
    }

    /**
     * The first python3 that imports Pillow: the one on PATH, else Debian's, which a virtual
     * environment earlier in PATH may hide; null when neither does.
     */
    private static String pythonWithPillow() throws InterruptedException {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process process = new ProcessBuilder(python, "-c", "import PIL")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (finished(process) && process.exitValue() == 0) {
                    return python;
                }
            } catch (IOException noPython) {
                // Not there: try the next one.
            }
        }
        return null;
    }

    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(finished(process), "python3 did not finish within 60 s");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "python3 failed: " + text);
        return text.lines().toList();
    }

    private static boolean finished(Process process) throws InterruptedException {
        if (process.waitFor(60, TimeUnit.SECONDS)) {
            return true;
        }
        process.destroyForcibly();
        return false;
    }
}
