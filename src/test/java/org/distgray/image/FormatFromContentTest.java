package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.distgray.run.ImageNames;
import org.distgray.storage.FileReader;
import org.distgray.storage.InputFile;
import org.distgray.storage.InputScan;
import org.distgray.storage.OutputPlan;
import org.distgray.storage.OwnFiles;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's format is what its bytes are, whatever its name says: a JPEG named .png is found,
 * read and decoded as a JPEG, and its output is named for the format it really is.
 */
class FormatFromContentTest {
    @TempDir
    Path dir;

    private void assertReadAs(String name, byte[] bytes, BufferedImage pixels, ImageFormat format,
            String outputName) throws IOException, BadImageException {
        Files.createDirectories(dir.resolve("in"));
        Files.write(dir.resolve("in").resolve(name), bytes);
        Configuration conf = new Configuration();
        InputFile input = InputScan.of(List.of(dir.resolve("in").toString()), conf,
                OwnFiles.none(), ImageNames.filter()).files().get(0);

        DecodedImage decoded = TestImages.decoder()
                .decode(new FileReader(conf).readAll(input.path()));

        assertEquals(format, decoded.format());
        PixelAssertions.assertGrayOf(pixels, decoded.image().toGray(GrayMethod.BT601));
        OutputPlan outputs = OutputPlan.of(dir.resolve("out").toString(), false);
        assertEquals(outputName, outputs.target(input,
                decoded.format().extensionFor(input.path().getName())).getName());
    }

    @Test
    void jpegNamedPng() throws IOException, BadImageException {
        byte[] jpeg = TestImages.jpeg(TestImages.random(40, 30, false, 1));
        assertReadAs("holiday.png", jpeg, TestImages.read(jpeg), ImageFormat.JPEG, "holiday.jpg");
    }

    @Test
    void pngNamedJpeg() throws IOException, BadImageException {
        BufferedImage source = TestImages.random(40, 30, true, 2);
        assertReadAs("scan.jpeg", TestImages.png(source), source, ImageFormat.PNG, "scan.png");
    }
}
