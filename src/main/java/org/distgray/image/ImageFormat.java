package org.distgray.image;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The formats distgray reads and writes, each owning what the rest of the program asks of it:
 * its names and file extensions, its signature, the ImageIO plugin that reads and writes it, and
 * what its files can hold. A file is decoded as the format its first bytes say, so a JPEG that
 * someone named {@code .png} is still read correctly; its name only chooses the output format
 * under {@code --format same}. A new format is a constant here and its codec in
 * {@link ImageDecoder}, {@link ImageEncoder} and {@link ImageMetadata}, whose switches over the
 * constants the compiler checks.
 */
public enum ImageFormat {
    PNG("PNG", "png", List.of("png"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("JPEG", "jpeg", List.of("jpg", "jpeg"),
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String displayName;
    private final String pluginName;
    private final List<String> extensions;
    private final byte[] signature;

    ImageFormat(String displayName, String pluginName, List<String> extensions, byte[] signature) {
        this.displayName = displayName;
        this.pluginName = pluginName;
        this.extensions = extensions;
        this.signature = signature;
    }

    /** The name a message uses: {@code PNG}, {@code JPEG}. */
    public String displayName() {
        return displayName;
    }

    /** The name in the metrics and on the command line: {@code png}, {@code jpeg}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file extension written for this format, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** The format name ImageIO knows the reader and writer of this format by. */
    String pluginName() {
        return pluginName;
    }

    /**
     * Whether a gray picture keeps its alpha channel and its 16-bit samples in this format; if
     * not, it is written as 8-bit gray without alpha.
     */
    public boolean keepsAlphaAndSixteenBit() {
        return switch (this) {
            case PNG -> true;
            case JPEG -> false;
        };
    }

    /**
     * Whether the output is written band by band as the bands are converted (PNG's segments,
     * {@link PngStreamWriter}) rather than encoded whole once the picture is converted.
     */
    public boolean writtenInBands() {
        return switch (this) {
            case PNG -> true;
            case JPEG -> false;
        };
    }

    /** The format whose signature starts {@code head}, if it is one distgray reads. */
    public static Optional<ImageFormat> sniff(byte[] head) {
        return Arrays.stream(values()).filter(format -> startsWith(head, format.signature))
                .findFirst();
    }

    /** Says what an unreadable file looks like, for an error message a user can act on. */
    public static String describeUnsupported(byte[] head) {
        if (head.length == 0) {
            return "empty file (0 bytes)";
        }
        String reads = "; distgray reads " + names(" and ");
        if (startsWith(head, "GIF8".getBytes())) {
            return "unsupported format GIF" + reads;
        }
        if (startsWith(head, "BM".getBytes())) {
            return "unsupported format BMP" + reads;
        }
        if (startsWith(head, "II*\0".getBytes()) || startsWith(head, "MM\0*".getBytes())) {
            return "unsupported format TIFF" + reads;
        }
        if (head.length >= 12 && startsWith(head, "RIFF".getBytes())
                && new String(head, 8, 4).equals("WEBP")) {
            return "unsupported format WebP" + reads;
        }
        return "not a " + names(" or ") + " image (unrecognised content)";
    }

    /**
     * The format a {@code --format} value or a file extension names, in any case: {@code png},
     * {@code jpg}, {@code jpeg}.
     */
    public static Optional<ImageFormat> fromName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extensions.contains(lower))
                .findFirst();
    }

    /** The format a file name's extension names, if any: {@code a.JPG} is JPEG. */
    public static Optional<ImageFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || name.indexOf('/', dot) >= 0) {
            return Optional.empty();
        }
        return fromName(name.substring(dot + 1));
    }

    /**
     * The extension an output in this format takes when its input is {@code inputName}: the
     * input's own spelling when it already names this format ({@code jpeg} stays {@code jpeg}),
     * else {@link #extension()}.
     */
    public String extensionFor(String inputName) {
        if (ofFileName(inputName).orElse(null) != this) {
            return extension();
        }
        return inputName.substring(inputName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** Every extension a format is known by, for messages: {@code .jpg, .jpeg or .png}. */
    public static String extensionList() {
        return listed(alphabetical().flatMap(format -> format.extensions.stream())
                .map(extension -> "." + extension), " or ");
    }

    private static String names(String lastSeparator) {
        return listed(alphabetical().map(ImageFormat::displayName), lastSeparator);
    }

    /** The formats in the order messages list them. */
    private static Stream<ImageFormat> alphabetical() {
        return Arrays.stream(values()).sorted(Comparator.comparing(ImageFormat::displayName));
    }

    private static String listed(Stream<String> items, String lastSeparator) {
        List<String> all = items.toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + lastSeparator
                + all.get(all.size() - 1);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
