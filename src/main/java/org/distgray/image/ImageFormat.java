package org.distgray.image;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats distgray reads and writes. A file's format is taken from its first bytes, never
 * from its name, so a JPEG that someone named {@code .png} is still read correctly.
 */
public enum ImageFormat {
    PNG("png"),
    JPEG("jpg");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension written for this format, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format whose signature starts {@code head}, if it is one distgray reads. */
    public static Optional<ImageFormat> sniff(byte[] head) {
        if (startsWith(head, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8
                && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** Says what an unreadable file looks like, for an error message a user can act on. */
    public static String describeUnsupported(byte[] head) {
        if (head.length == 0) {
            return "empty file (0 bytes)";
        }
        if (startsWith(head, "GIF8".getBytes())) {
            return "unsupported format GIF; distgray reads JPEG and PNG";
        }
        if (startsWith(head, "BM".getBytes())) {
            return "unsupported format BMP; distgray reads JPEG and PNG";
        }
        if (startsWith(head, "II*\0".getBytes()) || startsWith(head, "MM\0*".getBytes())) {
            return "unsupported format TIFF; distgray reads JPEG and PNG";
        }
        if (head.length >= 12 && startsWith(head, "RIFF".getBytes())
                && new String(head, 8, 4).equals("WEBP")) {
            return "unsupported format WebP; distgray reads JPEG and PNG";
        }
        return "not a JPEG or PNG image (unrecognised content)";
    }

    /** Parses a {@code --format} value; {@code jpg} and {@code jpeg} both mean JPEG. */
    public static Optional<ImageFormat> fromName(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "png":
                return Optional.of(PNG);
            case "jpg":
            case "jpeg":
                return Optional.of(JPEG);
            default:
                return Optional.empty();
        }
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
