package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;

/** Every kind of bad file ends in a {@link BadImageException} whose message says what is wrong. */
class DecoderRejectsBadInputTest {
    private final ImageDecoder decoder = new ImageDecoder(PixelLimit.defaultLimit());

    private void assertRefused(byte[] bytes, String expectedWords) {
        BadImageException e = assertThrows(BadImageException.class, () -> decoder.decode(bytes));
        assertTrue(e.getMessage().toLowerCase().contains(expectedWords),
                "'" + e.getMessage() + "' should mention '" + expectedWords + "'");
        assertTrue(e.getMessage().indexOf('\n') < 0, "one line: " + e.getMessage());
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
        assertRefused(TestImages.truncated(jpeg, 0.5), "truncated");
    }

    @Test
    void truncatedPng() {
        byte[] png = TestImages.png(TestImages.random(200, 150, false, 2));
        assertRefused(TestImages.truncated(png, 0.5), "truncated");
    }

    @Test
    void brokenChunkCrc() {
        byte[] png = TestImages.png(TestImages.random(20, 15, false, 3));
        assertRefused(TestImages.withBrokenCrc(png), "crc");
    }

    @Test
    void decompressionBombIsRefusedFromTheHeader() {
        byte[] bomb = TestImages.pngHeaderOnly(100_000, 100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertRefused(bomb, "--max-pixels"));
    }

    @Test
    void customLimitApplies() {
        byte[] png = TestImages.png(TestImages.random(50, 50, false, 4));
        ImageDecoder strict = new ImageDecoder(PixelLimit.of(2_000));
        BadImageException e = assertThrows(BadImageException.class, () -> strict.decode(png));
        assertTrue(e.getMessage().contains("2500"), e.getMessage());
    }

    @Test
    void gifAndBmpAreNamed() {
        assertRefused("GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1), "gif");
        assertRefused("BM\u0000\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1), "bmp");
    }
}
