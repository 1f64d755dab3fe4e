package de.integreat.chat.inbox;

import de.integreat.chat.http.Json;
import de.integreat.chat.http.JsonObject;
import java.util.List;
import java.util.Map;

/** The paged responses of the inbox routes; {@code next_cursor} is null on the last page. */
public final class InboxPages {

    private InboxPages() {
    }

    /** {@code {"chats": [...], "next_cursor": ...}}, most recent activity first. */
    public record Chats(List<InboxChat> chats, String nextCursor) implements JsonObject {
        @Override
        public Map<String, Object> toJson() {
            return Json.object("chats", chats, "next_cursor", nextCursor);
        }
    }

    /** {@code {"messages": [...], "next_cursor": ...}}, oldest first. */
    public record Messages(List<CounsellorMessage> messages, String nextCursor) implements JsonObject {
        @Override
        public Map<String, Object> toJson() {
            return Json.object("messages", messages, "next_cursor", nextCursor);
        }
    }
}
