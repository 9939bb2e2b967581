package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;

/** Every kind of bad file ends in a {@link BadImageException} whose message says what is wrong. */
class DecoderRejectsBadInputTest {
    /** Far below the 30 GB a 100000x100000 picture needs, far above what reading a header takes. */
    private static final long HEADER_ONLY_BYTES = 8L << 20;

    private final ImageDecoder decoder = TestImages.decoder();

    private static void assertRefused(ImageDecoder decoder, byte[] bytes, String... expectedWords) {
        BadImageException e = assertThrows(BadImageException.class, () -> decoder.decode(bytes));
        String message = e.getMessage().toLowerCase(Locale.ROOT);
        for (String words : expectedWords) {
            assertTrue(message.contains(words.toLowerCase(Locale.ROOT)),
                    "'" + e.getMessage() + "' should mention '" + words + "'");
        }
        assertTrue(e.getMessage().indexOf('\n') < 0, "one line: " + e.getMessage());
    }

    private void assertRefused(byte[] bytes, String... expectedWords) {
        assertRefused(decoder, bytes, expectedWords);
    }

    /** Refused within two seconds, having allocated no more than reading a header needs. */
    private void assertRefusedFromTheHeader(byte[] bytes, String... expectedWords) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            assertRefused(bytes, expectedWords);
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(allocated < HEADER_ONLY_BYTES, "allocated " + allocated + " bytes");
        });
    }

    private static int indexOf(byte[] bytes, byte... pattern) {
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }

    @Test
    void emptyFile() {
        assertRefused(new byte[0], "empty");
    }

    @Test
    void text() {
        assertRefused("just some notes, not a picture\n".getBytes(StandardCharsets.UTF_8),
                "not a jpeg or png");
    }

    @Test
    void truncatedJpeg() {
        byte[] jpeg = TestImages.jpeg(TestImages.random(200, 150, false, 1));
        assertRefused(TestImages.truncated(jpeg, 0.5), "truncated", "jpeg");
    }

    @Test
    void truncatedPng() {
        byte[] png = TestImages.png(TestImages.random(200, 150, false, 2));
        assertRefused(TestImages.truncated(png, 0.5), "truncated", "png");
    }

    /** Wherever a file is cut, what is left never decodes into a picture. */
    @Test
    void noProperPrefixDecodes() {
        for (byte[] whole : new byte[][] {TestImages.jpeg(TestImages.random(24, 16, false, 5)),
                TestImages.png(TestImages.random(24, 16, true, 6))}) {
            for (int length = 0; length < whole.length; length++) {
                byte[] prefix = Arrays.copyOf(whole, length);
                assertThrows(BadImageException.class, () -> decoder.decode(prefix),
                        "first " + length + " of " + whole.length + " bytes");
            }
        }
    }

    @Test
    void headerCrcMismatch() {
        byte[] png = TestImages.png(TestImages.random(20, 15, false, 3));
        assertRefused(TestImages.withBrokenCrc(png), "crc", "ihdr");
    }

    /** The JDK reader ignores CRCs; a flipped bit in the pixel data must still be caught. */
    @Test
    void imageDataCrcMismatch() {
        byte[] png = TestImages.png(TestImages.random(20, 15, false, 3));
        png[indexOf(png, (byte) 'I', (byte) 'D', (byte) 'A', (byte) 'T') + 10] ^= 0x01;
        assertRefused(png, "crc", "idat");
    }

    @Test
    void pngDecompressionBombIsRefusedFromTheHeader() {
        assertRefusedFromTheHeader(TestImages.pngHeaderOnly(100_000, 100_000),
                "100000x100000", "--max-pixels");
    }

    @Test
    void jpegDecompressionBombIsRefusedFromTheHeader() {
        byte[] jpeg = TestImages.jpeg(TestImages.random(16, 16, false, 7));
        int frame = indexOf(jpeg, (byte) 0xFF, (byte) 0xC0);
        byte[] huge = {(byte) 0xEA, 0x60, (byte) 0xEA, 0x60};
        System.arraycopy(huge, 0, jpeg, frame + 5, huge.length);
        assertRefusedFromTheHeader(jpeg, "60000x60000", "--max-pixels");
    }

    @Test
    void customLimitAppliesToPng() {
        ImageDecoder strict = new ImageDecoder(PixelLimit.of(2_000));
        assertRefused(strict, TestImages.png(TestImages.random(50, 50, false, 4)),
                "2500 pixels", "limit of 2000", "--max-pixels");
    }

    @Test
    void customLimitAppliesToJpeg() {
        ImageDecoder strict = new ImageDecoder(PixelLimit.of(2_000));
        assertRefused(strict, TestImages.jpeg(TestImages.random(50, 50, false, 4)),
                "2500 pixels", "limit of 2000", "--max-pixels");
    }

    @Test
    void otherFormatsAreNamed() {
        var image = TestImages.random(10, 10, false, 8);
        assertRefused(TestImages.encode(image, "gif"), "unsupported", "gif", "jpeg and png");
        assertRefused(TestImages.encode(image, "bmp"), "unsupported", "bmp", "jpeg and png");
        assertRefused(TestImages.encode(image, "tiff"), "unsupported", "tiff", "jpeg and png");
    }
}
