package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.distgray.run.ImageNames;
import org.junit.jupiter.api.Test;

/** A file name names a format by its extension, in any case; the formats say what they are. */
class FormatNamesTest {
    @Test
    void extensionIsReadInAnyCase() {
        assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.ofFileName("/data/GRAY.JPEG"));
        assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.ofFileName("/data/gray.Jpg"));
        assertEquals(Optional.of(ImageFormat.PNG), ImageFormat.ofFileName("gray.png"));
    }

    @Test
    void whatNamesAnImageFile() {
        for (String name : List.of("a.png", "a.jpg", "a.jpeg", "A.PNG", "dir/b.JpG",
                "hdfs://nn/x/c.jpeg", ".hidden.png")) {
            assertTrue(ImageNames.filter().test(name), name);
        }
        for (String name : List.of("out", "out/", "a.png/", "a.gif", "a.png.txt", "a.tiff",
                "dir.png/out", "png")) {
            assertEquals(Optional.empty(), ImageFormat.ofFileName(name), name);
        }
    }

    @Test
    void messagesListEveryFormat() {
        assertEquals(".jpg, .jpeg or .png files", ImageNames.filter().description());
        assertEquals("not a JPEG or PNG image (unrecognised content)",
                ImageFormat.describeUnsupported(new byte[] {1, 2, 3}));
        assertEquals("unsupported format GIF; distgray reads JPEG and PNG",
                ImageFormat.describeUnsupported("GIF89a".getBytes()));
    }

    @Test
    void namesAndKeys() {
        assertEquals("jpeg", ImageFormat.JPEG.key());
        assertEquals("JPEG", ImageFormat.JPEG.displayName());
        assertEquals("jpg", ImageFormat.JPEG.extension());
        assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.fromName("JPEG"));
        assertEquals(Optional.empty(), ImageFormat.fromName("gif"));
    }
}
