package de.integreat.chat.authorchat;

import de.integreat.chat.http.Json;
import de.integreat.chat.http.JsonObject;
import java.util.List;
import java.util.Map;

/** One page of the author chat history, newest first, with the caller's unread count. */
public record AuthorHistory(List<AuthorMessage.View> messages, String nextCursor, long unreadCount) implements JsonObject {

    @Override
    public Map<String, Object> toJson() {
        return Json.object("messages", messages, "next_cursor", nextCursor, "unread_count", unreadCount);
    }
}
