package de.integreat.chat.authorchat;

import de.integreat.chat.http.Json;
import de.integreat.chat.http.JsonObject;
import de.integreat.chat.http.Times;
import java.util.Map;

/**
 * One author chat message.
 *
 * @param id           a ULID, so ids (and the sort keys built from them) order by send time
 * @param sentAtMillis epoch millis, equal to the time part of {@code id}
 */
public record AuthorMessage(String id, String senderId, String senderName, String text, long sentAtMillis) {

    /** The message in the API's field names. */
    public View view() {
        return new View(id, new Sender(senderId, senderName), text, Times.iso(sentAtMillis));
    }

    /** {@code {"id","sender":{"id","name"},"text","sent_at"}}. */
    public record View(String id, Sender sender, String text, String sentAt) implements JsonObject {
        @Override
        public Map<String, Object> toJson() {
            return Json.object("id", id, "sender", sender, "text", text, "sent_at", sentAt);
        }
    }

    /** The CMS user who sent a message. */
    public record Sender(String id, String name) implements JsonObject {
        @Override
        public Map<String, Object> toJson() {
            return Json.object("id", id, "name", name);
        }
    }
}
