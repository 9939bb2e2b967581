package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.distgray.testing.ExifJpegs;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated JPEG and PNG files from a fixed seed (bytes flipped, cut short, slices repeated or
 * dropped): each one either converts (decode, orientation, kernel, both encoders, metadata
 * carried over) or fails with a one-line {@link BadImageException}, within a time bound, and
 * never with another exception or an error. A few hundred cases run in the
 * test suite; {@code -Dfuzz.cases=N} (and {@code -Dfuzz.seed=S}) runs a longer campaign.
 */
class DecoderFuzzTest {
    private static final int CASES = Integer.getInteger("fuzz.cases", 400);
    private static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    private static final long SECONDS_PER_CASE = 10;
    /** Mutated headers may declare anything; the limit is what keeps a decode small. */
    private static final PixelLimit LIMIT = PixelLimit.of(4_000_000);

    private static ExecutorService worker;

    @BeforeAll
    static void startWorker() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    private static List<byte[]> seeds() {
        return List.of(
                TestImages.jpeg(TestImages.structured(96, 64)),
                TestImages.jpeg(TestImages.random(33, 17, false, 1)),
                ExifJpegs.withOrientation(
                        TestImages.jpeg(TestImages.structured(40, 24)), 6, true),
                TestImages.png(TestImages.structured(64, 48)),
                TestImages.png(TestImages.random(40, 30, true, 2)),
                TestImages.encode(TestImages.gray(50, 20), "png"),
                TestImages.encode(TestImages.gray(50, 20), "jpeg"));
    }

    @Test
    void everyMutantConvertsOrFailsInOneLine() throws InterruptedException {
        Random random = new Random(SEED);
        List<byte[]> seeds = seeds();
        int converted = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            byte[] mutant = mutate(seed, random);
            Outcome outcome = run(mutant, i);
            if (outcome == Outcome.CONVERTED) {
                assertTrue(mutant.length >= seed.length || !isPrefix(mutant, seed),
                        "case " + i + ": a file cut short must be refused, was converted: "
                                + describe(mutant));
                converted++;
            } else {
                refused++;
            }
        }
        System.out.printf("fuzz: %d cases (seed %d): %d converted, %d refused with one line%n",
                CASES, SEED, converted, refused);
        assertTrue(refused > CASES / 10, "the mutations damage files: " + refused + " refused");
        assertTrue(converted > 0, "some mutations leave a file whole enough to convert");
    }

    private static boolean isPrefix(byte[] part, byte[] whole) {
        return Arrays.equals(part, 0, part.length, whole, 0, part.length);
    }

    private enum Outcome { CONVERTED, REFUSED }

    private static Outcome run(byte[] mutant, int index) throws InterruptedException {
        Future<Outcome> future = worker.submit(() -> {
            try {
                DecodedImage decoded = new ImageDecoder(LIMIT).decode(mutant);
                GrayImage gray = decoded.orientation()
                        .apply(decoded.image().toGray(GrayMethod.BT601));
                ImageMetadata metadata = ImageMetadata.read(mutant, decoded.format());
                for (ImageFormat format : ImageFormat.values()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ImageEncoder.of(format, 90).encode(gray, out);
                    metadata.writeInto(out.toByteArray(), format);
                }
                return Outcome.CONVERTED;
            } catch (BadImageException e) {
                String message = e.getMessage();
                assertTrue(message != null && !message.isBlank() && message.indexOf('\n') < 0,
                        "case " + index + ": one-line reason, got: " + message);
                return Outcome.REFUSED;
            }
        });
        try {
            return future.get(SECONDS_PER_CASE, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("case " + index + " took over " + SECONDS_PER_CASE
                    + " s: " + describe(mutant));
        } catch (ExecutionException e) {
            throw new AssertionError("case " + index + " escaped with " + e.getCause()
                    + ": " + describe(mutant), e.getCause());
        }
    }

    /** One of four damages, as real files get them. */
    static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                int flips = 1 + random.nextInt(8);
                for (int f = 0; f < flips; f++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return bytes;
            }
            case 1 -> {
                return Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case 2 -> {
                int from = random.nextInt(bytes.length);
                int length = 1 + random.nextInt(Math.min(200, bytes.length - from));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, from + length);
                out.write(bytes, from, length);
                out.write(bytes, from + length, bytes.length - from - length);
                return out.toByteArray();
            }
            default -> {
                int from = random.nextInt(bytes.length);
                int length = 1 + random.nextInt(Math.min(200, bytes.length - from));
                byte[] shorter = new byte[bytes.length - length];
                System.arraycopy(bytes, 0, shorter, 0, from);
                System.arraycopy(bytes, from + length, shorter, from, bytes.length - from - length);
                return shorter;
            }
        }
    }

    private static String describe(byte[] mutant) {
        return mutant.length + " bytes starting "
                + Arrays.toString(Arrays.copyOf(mutant, Math.min(16, mutant.length)));
    }
}
