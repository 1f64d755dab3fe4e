package de.integreat.chat.inbox;

import de.integreat.chat.attachments.AttachmentHash;
import de.integreat.chat.http.ApiError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated counsellor reply: {@code {"text", "internal", "automatic", "attachments": [hash, ...]}}.
 *
 * @param text        trimmed; may be empty only when attachments are sent
 * @param internal    a note for counsellors only, never shown in the app
 * @param automatic   a bot answer ({@code automatic_answer} in the app)
 * @param attachments distinct hashes of declared uploads
 */
record Reply(String text, boolean internal, boolean automatic, List<String> attachments) {

    /** Reads and checks the body; every violation is a 400 naming the field. */
    static Reply from(Map<String, Object> body, int maxChars, int maxAttachments) {
        Object textValue = body.get("text");
        if (textValue != null && !(textValue instanceof String)) {
            throw ApiError.badRequest("Field 'text' must be a string.");
        }
        String text = textValue == null ? "" : ((String) textValue).strip();
        List<String> attachments = hashes(body.get("attachments"));
        if (text.isEmpty() && attachments.isEmpty()) {
            throw ApiError.badRequest("Message must not be empty.");
        }
        if (text.codePointCount(0, text.length()) > maxChars) {
            throw ApiError.badRequest("Message must not be longer than " + maxChars + " characters.");
        }
        if (attachments.size() > maxAttachments) {
            throw ApiError.badRequest("At most " + maxAttachments + " attachments can be sent per message.");
        }
        return new Reply(text, flag(body, "internal"), flag(body, "automatic"), attachments);
    }

    /** Distinct well-formed ids in their order (a set: a body may list tens of thousands before the count check). */
    private static List<String> hashes(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw ApiError.badRequest("Field 'attachments' must be a list of attachment ids.");
        }
        Set<String> hashes = new LinkedHashSet<>();
        for (Object item : list) {
            if (!(item instanceof String hash) || !AttachmentHash.isWellFormed(hash)) {
                throw ApiError.badRequest("Field 'attachments' must be a list of attachment ids.");
            }
            hashes.add(hash);
        }
        return List.copyOf(hashes);
    }

    private static boolean flag(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean flag)) {
            throw ApiError.badRequest("Field '" + field + "' must be true or false.");
        }
        return flag;
    }
}
