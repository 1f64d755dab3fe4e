package de.integreat.chat.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Checks that a file's bytes are what its declared type says, so a renamed executable is refused. */
public final class FileTypes {

    private FileTypes() {
    }

    /** The media type without parameters, lower-cased; empty when absent. */
    public static String normalise(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** File name extensions of a media type, the usual one first; empty for types without a fixed one. */
    public static java.util.List<String> extensions(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> java.util.List.of("pdf");
            case "image/png" -> java.util.List.of("png");
            case "image/jpeg" -> java.util.List.of("jpg", "jpeg");
            case "image/webp" -> java.util.List.of("webp");
            default -> java.util.List.of();
        };
    }

    /** Whether {@code content} starts with the signature of {@code mediaType}; unknown types pass. */
    public static boolean contentMatches(String mediaType, byte[] content) {
        return switch (mediaType) {
            case "application/pdf" -> startsWith(content, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "image/png" -> startsWith(content, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case "image/jpeg" -> startsWith(content, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            case "image/webp" -> startsWith(content, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                    && startsWith(content, 8, "WEBP".getBytes(StandardCharsets.US_ASCII));
            default -> true;
        };
    }

    private static boolean startsWith(byte[] content, int offset, byte[] signature) {
        return content.length >= offset + signature.length
                && Arrays.equals(content, offset, offset + signature.length, signature, 0, signature.length);
    }
}
