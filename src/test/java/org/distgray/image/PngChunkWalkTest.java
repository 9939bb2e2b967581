package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.distgray.testing.PixelAssertions;
import org.junit.jupiter.api.Test;

/**
 * The streamed file is well formed chunk by chunk: signature, IHDR, the extra chunks, IDATs of
 * which the first holds a valid zlib header, IEND; every chunk's CRC right. Checked by walking
 * the bytes here, independently of the encoder's own chunk code.
 */
class PngChunkWalkTest {
    @Test
    void everyChunkIsWellFormed() throws Exception {
        GrayImage picture = GrayPictures.structured(300, 200, true, 16);
        List<PngSegment> segments = GrayPictures.segments(picture,
                GrayPictures.evenBands(picture.height(), 5));
        byte[] phys = {0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1};
        byte[] file = GrayPictures.png(picture, segments, List.of(new PngChunk("pHYs", phys)));

        assertEquals("[-119, 80, 78, 71, 13, 10, 26, 10]",
                Arrays.toString(Arrays.copyOf(file, 8)), "signature");
        List<String> types = new ArrayList<>();
        int pos = 8;
        byte[] firstData = null;
        while (pos < file.length) {
            int length = readInt(file, pos);
            String type = new String(file, pos + 4, 4, StandardCharsets.ISO_8859_1);
            CRC32 crc = new CRC32();
            crc.update(file, pos + 4, 4 + length);
            assertEquals(crc.getValue(), readInt(file, pos + 8 + length) & 0xFFFFFFFFL,
                    "CRC of " + type + " at byte " + pos);
            if (type.equals("IDAT") && firstData == null) {
                firstData = Arrays.copyOfRange(file, pos + 8, pos + 8 + length);
            }
            types.add(type);
            pos += 12 + length;
        }
        assertEquals(file.length, pos, "chunks end at the end of the file");
        List<String> expected = new ArrayList<>(List.of("IHDR", "pHYs"));
        for (int i = 0; i < segments.size() + 2; i++) {
            expected.add("IDAT");
        }
        expected.add("IEND");
        assertEquals(expected, types);

        assertEquals(2, firstData.length, "first IDAT is the zlib header");
        int header = (firstData[0] & 0xFF) << 8 | firstData[1] & 0xFF;
        assertEquals(0x78, firstData[0] & 0xFF, "deflate, 32K window");
        assertEquals(0, header % 31, "FCHECK");
        assertEquals(0, header & 0x20, "no preset dictionary");

        assertEquals(picture.width(), PngStructure.check(file).width());
        try (ImageInputStream in = ImageIO.createImageInputStream(
                new ByteArrayInputStream(file))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode read = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertEquals("2835", read.getAttribute("pixelsPerUnitXAxis"));
            assertEquals("meter", read.getAttribute("unitSpecifier"));
            PixelAssertions.assertDecodesTo(picture, reader.read(0));
            reader.dispose();
        }
        assertTrue(segments.get(segments.size() - 1).isLast());
    }

    private static int readInt(byte[] b, int pos) {
        return (b[pos] & 0xFF) << 24 | (b[pos + 1] & 0xFF) << 16 | (b[pos + 2] & 0xFF) << 8
                | b[pos + 3] & 0xFF;
    }
}
