package de.integreat.chat.authorchat;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.integreat.chat.http.Times;

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
    public record View(
            @JsonProperty("id") String id,
            @JsonProperty("sender") Sender sender,
            @JsonProperty("text") String text,
            @JsonProperty("sent_at") String sentAt) {
    }

    /** The CMS user who sent a message. */
    public record Sender(@JsonProperty("id") String id, @JsonProperty("name") String name) {
    }
}
