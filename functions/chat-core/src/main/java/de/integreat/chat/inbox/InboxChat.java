package de.integreat.chat.inbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.integreat.chat.appchat.DeviceState;
import de.integreat.chat.http.Times;

/**
 * One chat in a counsellor's inbox.
 *
 * @param expired true when the chat is no longer the device's current chat (the app started a new one,
 *                or its retention passed); it stays readable until its TTL
 */
public record InboxChat(
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("language") String language,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("last_message_at") String lastMessageAt,
        @JsonProperty("message_count") long messageCount,
        @JsonProperty("evaluation_consent") boolean evaluationConsent,
        @JsonProperty("expired") boolean expired) {

    static InboxChat of(DeviceState chat, boolean expired) {
        return new InboxChat(chat.chatId(), chat.language(), Times.iso(chat.chatCreatedAt()),
                Times.iso(chat.lastMessageAt()), chat.messageCount(), chat.evaluationConsent(), expired);
    }
}
