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
            check(filename(file.filename()), FileTypes.normalise(file.contentType()), file.content().length);
            if (!FileTypes.contentMatches(FileTypes.normalise(file.contentType()), file.content())) {
                throw unsupported(filename(file.filename()));
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

    /** The last path segment of a client's file name, without control characters, at most 200 characters. */
    public static String filename(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> c >= 0x20 && c != 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.length() > MAX_FILENAME_CHARS) {
            name = name.substring(name.length() - MAX_FILENAME_CHARS);
        }
        return name.isEmpty() ? "attachment" : name;
    }

    private static ApiError unsupported(String filename) {
        return ApiError.badRequest("Attachment '" + filename + "' has an unsupported file type.");
    }
}
