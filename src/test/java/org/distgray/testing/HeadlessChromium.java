package org.distgray.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium without a screen, for tests that look at a page as a browser renders it: a
 * screenshot, or the DOM after parsing. Each call is one process with its own throw-away profile,
 * killed with everything it started when it ends or after {@value #TIMEOUT_SECONDS} s.
 */
public final class HeadlessChromium {
    private static final long TIMEOUT_SECONDS = 120;
    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private final Path work;

    /** Profiles and logs go under {@code work}. */
    public HeadlessChromium(Path work) {
        this.work = work;
    }

    /** Whether Chromium is installed; tests skip without it. */
    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /**
     * Renders {@code page} in a window of {@code width} x {@code height} into the PNG
     * {@code screenshot}; {@code budgetMillis} of virtual time, when above 0, lets pages that
     * scripts fill finish first.
     */
    public void screenshot(String url, Path screenshot, int width, int height, int budgetMillis)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>();
        if (budgetMillis > 0) {
            args.add("--virtual-time-budget=" + budgetMillis);
        }
        args.addAll(List.of("--window-size=" + width + "," + height,
                "--screenshot=" + screenshot.toAbsolutePath(), url));
        run(args);
        if (!Files.isRegularFile(screenshot) || Files.size(screenshot) == 0) {
            throw new AssertionError("chromium wrote no screenshot of " + url);
        }
    }

    /** The DOM of {@code url} as Chromium parsed it. */
    public String dom(String url) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url));
    }

    private String run(List<String> args) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path profile = Files.createTempDirectory(work, "profile");
        Path out = Files.createTempFile(work, "chromium", ".out");
        Path err = Files.createTempFile(work, "chromium", ".err");
        List<String> command = new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless",
                "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--hide-scrollbars",
                "--user-data-dir=" + profile));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS
                        + " s: " + String.join(" ", args));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("chromium exited with " + process.exitValue() + ": "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
