package org.distgray.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted on a test's folder: a real file system that really fills up, for the
 * faults a full disk causes. Needs the right to mount (root, or CAP_SYS_ADMIN); a test that
 * cannot mount one is skipped, not failed. Closing unmounts it.
 */
public final class TmpfsMount implements AutoCloseable {
    private static final long COMMAND_SECONDS = 30;

    private final Path dir;

    private TmpfsMount(Path dir) {
        this.dir = dir;
    }

    /**
     * Mounts a tmpfs of {@code size} ({@code 1m}, {@code 64m}) on {@code dir}, created if missing.
     */
    public static TmpfsMount of(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String failure = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs",
                dir.toString());
        Assumptions.assumeTrue(failure == null, () -> "cannot mount a tmpfs here: " + failure);
        return new TmpfsMount(dir);
    }

    /** Gives the file system {@code size} from now on, keeping its files: space freed. */
    public void resize(String size) throws IOException, InterruptedException {
        String failure = run("mount", "-o", "remount,size=" + size, dir.toString());
        if (failure != null) {
            throw new IOException("cannot resize the tmpfs on " + dir + ": " + failure);
        }
    }

    /**
     * Unmounts; lazily, so that a file a failed run still holds open (an executor task that went
     * on writing) cannot keep the mount alive after the test.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        String failure = run("umount", "--lazy", dir.toString());
        if (failure != null) {
            throw new IOException("cannot unmount the tmpfs on " + dir + ": " + failure);
        }
    }

    /** Runs a command to its end; returns null when it succeeded, else what it said. */
    private static String run(String... command) throws IOException, InterruptedException {
        List<String> words = List.of(command);
        Process process = new ProcessBuilder(words).redirectErrorStream(true).start();
        if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return String.join(" ", words) + " did not finish in " + COMMAND_SECONDS + " s";
        }
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).strip();
        return process.exitValue() == 0 ? null
                : String.join(" ", words) + " exited " + process.exitValue() + ": " + output;
    }
}
