package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.distgray.testing.ExifJpegs;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/**
 * The gray copy keeps the original's resolution (JFIF density, PNG pHYs, converted between the
 * two) and, JPEG to JPEG, its EXIF with the orientation reset. Checked with the JDK's own
 * metadata readers, not with distgray's byte code.
 */
class ImageMetadataTest {
    private static final BufferedImage PICTURE = TestImages.structured(40, 24);

    private static byte[] grayJpeg() throws IOException, BadImageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageEncoder.jpeg(90).encode(TestImages.decoder()
                .decode(TestImages.png(PICTURE)).image().toGray(GrayMethod.BT601), out);
        return out.toByteArray();
    }

    private static byte[] grayPng() throws IOException, BadImageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageEncoder.png().encode(TestImages.decoder()
                .decode(TestImages.png(PICTURE)).image().toGray(GrayMethod.BT601), out);
        return out.toByteArray();
    }

    /** A JPEG of the picture declaring {@code dpi} dots per inch in its JFIF segment. */
    private static byte[] jpegAt(int dpi) throws IOException {
        return write("jpeg", "javax_imageio_jpeg_image_1.0", root -> {
            IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
            jfif.setAttribute("resUnits", "1");
            jfif.setAttribute("Xdensity", String.valueOf(dpi));
            jfif.setAttribute("Ydensity", String.valueOf(dpi));
        });
    }

    /** A PNG of the picture declaring {@code perMetre} pixels per metre in pHYs. */
    private static byte[] pngAt(int perMetre) throws IOException {
        return write("png", "javax_imageio_png_1.0", root -> {
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", String.valueOf(perMetre));
            phys.setAttribute("pixelsPerUnitYAxis", String.valueOf(perMetre));
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
        });
    }

    private interface Edit {
        void apply(IIOMetadataNode root);
    }

    private static byte[] write(String format, String tree, Edit edit) throws IOException {
        BufferedImage rgb = new BufferedImage(40, 24, BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(PICTURE, 0, 0, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromRenderedImage(rgb), writer.getDefaultWriteParam());
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(tree);
        edit.apply(root);
        metadata.setFromTree(tree, root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(rgb, null, metadata), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The JDK's reading of a file's metadata tree. */
    private static IIOMetadataNode tree(byte[] bytes, String format, String name)
            throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in);
            return (IIOMetadataNode) reader.getImageMetadata(0).getAsTree(name);
        } finally {
            reader.dispose();
        }
    }

    private static String attribute(IIOMetadataNode root, String element, String attribute) {
        Node node = root.getElementsByTagName(element).item(0);
        assertNotNull(node, element + " present");
        return ((IIOMetadataNode) node).getAttribute(attribute);
    }

    @Test
    void jpegToJpegKeepsDensityAndExifWithOrientationReset() throws Exception {
        byte[] input = ExifJpegs.withOrientation(jpegAt(300), 6, true);
        byte[] output = ImageMetadata.read(input, ImageFormat.JPEG)
                .writeInto(grayJpeg(), ImageFormat.JPEG);
        IIOMetadataNode jpeg = tree(output, "jpeg", "javax_imageio_jpeg_image_1.0");
        assertEquals("1", attribute(jpeg, "app0JFIF", "resUnits"));
        assertEquals("300", attribute(jpeg, "app0JFIF", "Xdensity"));
        assertEquals("300", attribute(jpeg, "app0JFIF", "Ydensity"));
        assertEquals(Orientation.NORMAL, Orientation.ofJpeg(output));
        assertEquals(1, ExifSegment.find(output).stream().count(), "EXIF kept");
        assertEquals(40, TestImages.read(output).getWidth(), "still a valid JPEG");
    }

    @Test
    void pngToPngKeepsPhys() throws Exception {
        byte[] output = ImageMetadata.read(pngAt(2835), ImageFormat.PNG)
                .writeInto(grayPng(), ImageFormat.PNG);
        IIOMetadataNode png = tree(output, "png", "javax_imageio_png_1.0");
        assertEquals("2835", attribute(png, "pHYs", "pixelsPerUnitXAxis"));
        assertEquals("2835", attribute(png, "pHYs", "pixelsPerUnitYAxis"));
        assertEquals("meter", attribute(png, "pHYs", "unitSpecifier"));
    }

    @Test
    void sixteenBitPngKeepsPhys() throws Exception {
        byte[] input = TestImages.png(TestImages.sixteenBit(40, 24, 3, true, 3));
        byte[] withPhys = ImageMetadata.read(pngAt(2835), ImageFormat.PNG)
                .writeInto(input, ImageFormat.PNG);
        ByteArrayOutputStream gray = new ByteArrayOutputStream();
        ImageEncoder.png().encode(TestImages.decoder().decode(withPhys)
                .image().toGray(GrayMethod.BT601), gray);
        byte[] output = ImageMetadata.read(withPhys, ImageFormat.PNG)
                .writeInto(gray.toByteArray(), ImageFormat.PNG);
        assertEquals("16-bit colour type 4", TestImages.describePng(output));
        IIOMetadataNode png = tree(output, "png", "javax_imageio_png_1.0");
        assertEquals("2835", attribute(png, "pHYs", "pixelsPerUnitXAxis"));
        assertEquals("2835", attribute(png, "pHYs", "pixelsPerUnitYAxis"));
        assertEquals("meter", attribute(png, "pHYs", "unitSpecifier"));
    }

    @Test
    void jpegDensityBecomesPhysAndBack() throws Exception {
        byte[] png = ImageMetadata.read(jpegAt(300), ImageFormat.JPEG)
                .writeInto(grayPng(), ImageFormat.PNG);
        assertEquals("11811", attribute(tree(png, "png", "javax_imageio_png_1.0"), "pHYs",
                "pixelsPerUnitXAxis"), "300 dpi is 11811 pixels per metre");
        byte[] jpeg = ImageMetadata.read(pngAt(11811), ImageFormat.PNG)
                .writeInto(grayJpeg(), ImageFormat.JPEG);
        assertEquals("300", attribute(tree(jpeg, "jpeg", "javax_imageio_jpeg_image_1.0"),
                "app0JFIF", "Xdensity"));
    }

    @Test
    void withoutMetadataTheOutputIsUnchanged() throws Exception {
        byte[] gray = grayPng();
        assertEquals(gray.length, ImageMetadata.read(TestImages.png(PICTURE), ImageFormat.PNG)
                .writeInto(gray, ImageFormat.PNG).length);
    }
}
