package de.integreat.chat.appchat;

import de.integreat.chat.config.Config;
import de.integreat.chat.http.ApiError;
import de.integreat.chat.http.FormBody;
import de.integreat.chat.http.Upload;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A validated app POST: the trimmed text (may be empty when files or consent are sent), its files,
 * the consent (null when not sent) and {@code force_new}.
 */
public record NewMessage(String text, List<Upload> files, Boolean evaluationConsent, boolean forceNew) {

    private static final Set<String> TRUE = Set.of("true", "1", "on");
    private static final Set<String> FALSE = Set.of("false", "0", "off");

    public NewMessage {
        files = List.copyOf(files);
    }

    /** Validates a form body against the limits; every violation is a 400 with the spec's text. */
    public static NewMessage from(FormBody body, Config config) {
        String message = body.fields().get("message");
        String text = message == null ? "" : message.strip();
        List<Upload> files = body.files().stream().filter(f -> f.fieldName().equals("attachment")).toList();
        Boolean consent = bool(body.fields().get("evaluation_consent"), "evaluation_consent");
        boolean forceNew = Boolean.TRUE.equals(bool(body.fields().get("force_new"), "force_new"));
        if (text.isEmpty() && files.isEmpty() && consent == null) {
            throw ApiError.badRequest("Message must not be empty.");
        }
        if (text.codePointCount(0, text.length()) > config.messageMaxChars()) {
            throw ApiError.badRequest("Message must not be longer than " + config.messageMaxChars() + " characters.");
        }
        return new NewMessage(text, files, consent, forceNew);
    }

    /** Whether this POST adds a message (text or files), not just consent. */
    public boolean hasMessage() {
        return !text.isEmpty() || !files.isEmpty();
    }

    /** A digest of what the POST means (not its encoding), to recognise a retry under the same key. */
    public String fingerprint(String region, String language) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, region + "\n" + language + "\n" + text + "\n" + evaluationConsent + "\n" + forceNew);
            for (Upload file : files) {
                update(digest, "\n" + file.filename() + "\n" + file.contentType() + "\n");
                digest.update(file.content());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Boolean bool(String value, String field) {
        if (value == null) {
            return null;
        }
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(normalised)) {
            return true;
        }
        if (FALSE.contains(normalised)) {
            return false;
        }
        throw ApiError.badRequest("Field '" + field + "' must be a boolean (true/false, 1/0, on/off).");
    }
}
