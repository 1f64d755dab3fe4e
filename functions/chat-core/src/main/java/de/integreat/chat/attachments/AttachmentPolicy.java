package de.integreat.chat.attachments;

import de.integreat.chat.config.Config;
import de.integreat.chat.http.ApiError;
import de.integreat.chat.http.Upload;
import java.util.List;

/** The limits on attachments: count, size, type (declared and actual), and a safe file name. */
public final class AttachmentPolicy {

    private static final int MAX_FILENAME_CHARS = 200;

    private final Config config;

    public AttachmentPolicy(Config config) {
        this.config = config;
    }

    /** Checks every file before anything is stored; the first violation is a 400 with the spec's text. */
    public void check(List<Upload> files) {
        if (files.size() > config.attachmentMaxCount()) {
            throw ApiError.badRequest("At most " + config.attachmentMaxCount() + " attachments can be sent per message.");
        }
        for (Upload file : files) {
            String mediaType = FileTypes.normalise(file.contentType());
            check(filename(file.filename(), mediaType), mediaType, file.content().length);
            if (!FileTypes.contentMatches(mediaType, file.content())) {
                throw unsupported(filename(file.filename(), mediaType));
            }
        }
    }

    /** Checks one declared file (name, media type, size). */
    public void check(String filename, String mediaType, long size) {
        if (size > config.attachmentMaxBytes()) {
            throw ApiError.badRequest("Attachment '" + filename + "' exceeds the maximum allowed size.");
        }
        if (!config.attachmentAllowedTypes().contains(mediaType)) {
            throw unsupported(filename);
        }
    }

    /**
     * A safe download name: the last path segment of the client's name, without control or bidi/format
     * characters (which can make {@code exe.pdf} out of {@code fdp.exe}), at most 200 characters, and ending
     * in an extension of {@code mediaType} (else one is appended), so the saved file opens as what it is.
     */
    public static String filename(String raw, String mediaType) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        List<String> extensions = FileTypes.extensions(mediaType);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String suffix = extensions.isEmpty() || extensions.stream().anyMatch(e -> lower.endsWith("." + e))
                ? "" : "." + extensions.get(0);
        int room = MAX_FILENAME_CHARS - suffix.length();
        if (name.length() > room) {
            name = name.substring(name.length() - room);
        }
        return (name.isEmpty() ? "attachment" : name) + suffix;
    }

    private static ApiError unsupported(String filename) {
        return ApiError.badRequest("Attachment '" + filename + "' has an unsupported file type.");
    }
}
