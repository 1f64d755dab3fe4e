package de.integreat.chat.inbox;

import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.PageCursor;
import java.util.Map;
import java.util.Set;

/**
 * Where an inbox page ended: the last chat's activity time and public id. Unlike a raw DynamoDB key it
 * shows neither table key names nor the app user's device id (the device's only credential).
 *
 * @param chatId null when the page ended on filtered (expired) items only; paging resumes strictly
 *               before {@code lastMessageAt} then
 */
record InboxCursor(long lastMessageAt, String chatId) {

    private static final Set<String> FIELDS = Set.of("t", "c");

    String encode() {
        return PageCursor.encodeFields(Map.of("t", Long.toString(lastMessageAt), "c", chatId == null ? "" : chatId));
    }

    /** The position in a cursor this service handed out; 400 {@code Invalid cursor.} for anything else. */
    static InboxCursor decode(String cursor) {
        Map<String, String> fields = PageCursor.decodeFields(cursor, FIELDS);
        if (!fields.get("c").isEmpty() && !Keys.ULID.matcher(fields.get("c")).matches()) {
            throw PageCursor.invalid();
        }
        try {
            return new InboxCursor(Long.parseLong(fields.get("t")), fields.get("c").isEmpty() ? null : fields.get("c"));
        } catch (NumberFormatException e) {
            throw PageCursor.invalid();
        }
    }
}
