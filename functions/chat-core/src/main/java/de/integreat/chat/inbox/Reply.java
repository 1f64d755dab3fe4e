package de.integreat.chat.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import de.integreat.chat.http.ApiError;
import java.util.ArrayList;
import java.util.List;

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
    static Reply from(JsonNode body, int maxChars, int maxAttachments) {
        JsonNode textNode = body.path("text");
        if (!textNode.isMissingNode() && !textNode.isNull() && !textNode.isTextual()) {
            throw ApiError.badRequest("Field 'text' must be a string.");
        }
        String text = textNode.isTextual() ? textNode.textValue().strip() : "";
        List<String> attachments = hashes(body.path("attachments"));
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

    private static List<String> hashes(JsonNode node) {
        List<String> hashes = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return hashes;
        }
        if (!node.isArray()) {
            throw ApiError.badRequest("Field 'attachments' must be a list of attachment ids.");
        }
        for (JsonNode hash : node) {
            if (!hash.isTextual()) {
                throw ApiError.badRequest("Field 'attachments' must be a list of attachment ids.");
            }
            if (!hashes.contains(hash.textValue())) {
                hashes.add(hash.textValue());
            }
        }
        return hashes;
    }

    private static boolean flag(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw ApiError.badRequest("Field '" + field + "' must be true or false.");
        }
        return value.booleanValue();
    }
}
