package org.distgray.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Node;

/**
 * JPEGs of the kinds cameras and editors write: baseline or progressive, with the colour planes
 * at full (4:4:4), half-width (4:2:2) or quarter (4:2:0) resolution; and a reading of what a file
 * really is, so a test can check its input before trusting the result.
 */
public final class JpegKinds {
    private static final String FORMAT = "javax_imageio_jpeg_image_1.0";

    private JpegKinds() {
    }

    /**
     * {@code image} as each kind of JPEG (baseline and progressive, 4:4:4, 4:2:2 and 4:2:0), by
     * name such as "progressive 2x1".
     */
    public static Map<String, byte[]> everyKind(BufferedImage image) {
        Map<String, byte[]> kinds = new LinkedHashMap<>();
        for (boolean progressive : new boolean[] {false, true}) {
            for (int[] sampling : new int[][] {{1, 1}, {2, 1}, {2, 2}}) {
                kinds.put((progressive ? "progressive " : "baseline ") + sampling[0] + "x"
                        + sampling[1], write(image, progressive, sampling[0], sampling[1]));
            }
        }
        return kinds;
    }

    /** The JPEG samples of the project's {@code data/} folder, by file name, in name order. */
    public static Map<String, byte[]> dataSamples() throws IOException {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        try (Stream<Path> data = Files.list(Path.of("data"))) {
            for (Path sample : data.filter(p -> p.toString().endsWith(".jpg")).sorted().toList()) {
                samples.put(sample.getFileName().toString(), Files.readAllBytes(sample));
            }
        }
        return samples;
    }

    /**
     * Encodes {@code image} (RGB) at quality 0.9 with the luma sampled {@code lumaH} x
     * {@code lumaV} times the chroma: 1x1 is 4:4:4, 2x1 is 4:2:2, 2x2 is 4:2:0.
     */
    public static byte[] write(BufferedImage image, boolean progressive, int lumaH, int lumaV) {
        return write(image, progressive, lumaH, lumaV, 0);
    }

    /** As above, with a restart marker every {@code restartInterval} MCUs when above 0. */
    public static byte[] write(BufferedImage image, boolean progressive, int lumaH, int lumaV,
            int restartInterval) {
        ImageWriter writer = jdkWriter();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
            IIOMetadataNode sof = (IIOMetadataNode) root.getElementsByTagName("sof").item(0);
            for (Node c = sof.getFirstChild(); c != null; c = c.getNextSibling()) {
                IIOMetadataNode component = (IIOMetadataNode) c;
                boolean luma = "1".equals(component.getAttribute("componentId"));
                component.setAttribute("HsamplingFactor", String.valueOf(luma ? lumaH : 1));
                component.setAttribute("VsamplingFactor", String.valueOf(luma ? lumaV : 1));
            }
            if (restartInterval > 0) {
                IIOMetadataNode dri = new IIOMetadataNode("dri");
                dri.setAttribute("interval", String.valueOf(restartInterval));
                Node markers = root.getElementsByTagName("markerSequence").item(0);
                markers.insertBefore(dri, sof);
            }
            metadata.setFromTree(FORMAT, root);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /**
     * What the frame header says: {@code baseline} or {@code progressive}, then each component's
     * sampling, e.g. {@code "progressive 2x1 1x1 1x1"}.
     */
    public static String describe(byte[] jpeg) {
        for (int i = 2; i + 3 < jpeg.length; ) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = (jpeg[i + 2] & 0xFF) << 8 | jpeg[i + 3] & 0xFF;
            if (marker == 0xC0 || marker == 0xC2) {
                StringBuilder kind = new StringBuilder(marker == 0xC0 ? "baseline" : "progressive");
                int components = jpeg[i + 9] & 0xFF;
                for (int c = 0; c < components; c++) {
                    int sampling = jpeg[i + 11 + 3 * c] & 0xFF;
                    kind.append(' ').append(sampling >> 4).append('x').append(sampling & 0xF);
                }
                return kind.toString();
            }
            i += 2 + length;
        }
        throw new IllegalArgumentException("no baseline or progressive frame header");
    }

    private static ImageWriter jdkWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio")) {
                return writer;
            }
            writer.dispose();
        }
        throw new IllegalStateException("the JDK's JPEG writer is missing");
    }
}
