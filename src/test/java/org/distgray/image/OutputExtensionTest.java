package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The output keeps the input's own JPEG spelling (jpg or jpeg) when it is written as JPEG, and
 * otherwise takes the output format's extension.
 */
class OutputExtensionTest {
    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource({
        "a.jpg, jpg, jpg",
        "a.jpeg, jpg, jpeg",
        "a.JPEG, jpg, jpeg",
        "a.JPG, jpg, jpg",
        "a.png, jpg, jpg",
        "a.jpeg, png, png",
        "a.png, png, png",
        "README, png, png",
        "README, jpg, jpg",
        "photo.jpeg.png, jpg, jpg"})
    void extensionFor(String inputName, String preferred, String expected) {
        ImageFormat format = ImageFormat.fromName(preferred).orElseThrow();
        assertEquals(expected, format.extensionFor(inputName));
    }
}
