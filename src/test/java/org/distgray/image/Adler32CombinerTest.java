package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.Adler32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Combining two pieces' checksums gives the checksum of the two pieces read as one. */
class Adler32CombinerTest {
    @ParameterizedTest(name = "{0} + {1} bytes")
    @CsvSource({"0,0", "0,1", "1,0", "0,100", "100,0", "1,1", "17,5552", "5552,5553",
        "65521,65521", "65520,65522", "3,200000", "131071,9", "70000,140000", "1,1000003"})
    void combinedIsTheWholeChecksum(int firstLength, int secondLength) {
        Random random = new Random(firstLength * 1_000_003L + secondLength);
        for (int fill = 0; fill < 3; fill++) {
            byte[] bytes = new byte[firstLength + secondLength];
            if (fill == 0) {
                random.nextBytes(bytes);
            } else {
                Arrays.fill(bytes, (byte) (fill == 1 ? 0xFF : 0));
            }
            assertCombines(bytes, firstLength);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3", "4", "5"})
    void randomLengths(long seed) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 40; trial++) {
            byte[] bytes = new byte[random.nextInt(300_000)];
            random.nextBytes(bytes);
            assertCombines(bytes, random.nextInt(bytes.length + 1));
        }
    }

    private static void assertCombines(byte[] bytes, int split) {
        Adler32 first = new Adler32();
        first.update(bytes, 0, split);
        Adler32 second = new Adler32();
        second.update(bytes, split, bytes.length - split);
        Adler32 whole = new Adler32();
        whole.update(bytes);
        assertEquals(whole.getValue(), Adler32Combiner.combine(first.getValue(),
                second.getValue(), bytes.length - split), "split at " + split + " of "
                + bytes.length);
    }
}
