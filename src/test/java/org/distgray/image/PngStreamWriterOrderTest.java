package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer refuses what would make a corrupt file: segments out of order, an early finish. */
class PngStreamWriterOrderTest {
    private static final GrayImage PICTURE = GrayPictures.random(16, 9, false, 8, 5);
    private static final List<PngSegment> BANDS = GrayPictures.segments(PICTURE, 3, 3, 3);

    private static PngStreamWriter writer() throws IOException {
        return PngStreamWriter.start(new ByteArrayOutputStream(), 16, 9, 8, false, List.of());
    }

    @Test
    void segmentOutOfOrderIsRefused() throws IOException {
        PngStreamWriter writer = writer();
        writer.append(BANDS.get(0));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> writer.append(BANDS.get(2)));
        assertEquals("segment 2 is out of order: segment 1 comes next", e.getMessage());
    }

    @Test
    void firstSegmentMustBeZero() throws IOException {
        PngStreamWriter writer = writer();
        assertThrows(IllegalStateException.class, () -> writer.append(BANDS.get(1)));
    }

    @Test
    void repeatedSegmentIsRefused() throws IOException {
        PngStreamWriter writer = writer();
        writer.append(BANDS.get(0));
        assertThrows(IllegalStateException.class, () -> writer.append(BANDS.get(0)));
    }

    @Test
    void finishBeforeTheLastSegmentIsRefused() throws IOException {
        PngStreamWriter writer = writer();
        writer.append(BANDS.get(0));
        writer.append(BANDS.get(1));
        IllegalStateException e = assertThrows(IllegalStateException.class, writer::finish);
        assertEquals("cannot finish the PNG: the last segment has not come (next expected: 2)",
                e.getMessage());
    }

    @Test
    void nothingAfterTheLastSegment() throws IOException {
        PngStreamWriter writer = writer();
        for (PngSegment band : BANDS) {
            writer.append(band);
        }
        PngSegment extra = GrayPictures.segments(PICTURE, 3, 3, 2, 1).get(3);
        assertThrows(IllegalStateException.class, () -> writer.append(extra));
        writer.finish();
        assertThrows(IllegalStateException.class, writer::finish);
    }
}
