package de.integreat.chat.inbox;

import de.integreat.chat.appchat.DeviceState;
import de.integreat.chat.http.Json;
import de.integreat.chat.http.JsonObject;
import de.integreat.chat.http.Times;
import java.util.Map;

/**
 * One chat in a counsellor's inbox.
 *
 * @param expired true when the chat is no longer the device's current chat (the app started a new one,
 *                or its retention passed); it stays readable until its TTL
 */
public record InboxChat(String chatId, String language, String createdAt, String lastMessageAt, long messageCount,
                        boolean evaluationConsent, boolean expired) implements JsonObject {

    @Override
    public Map<String, Object> toJson() {
        return Json.object("chat_id", chatId, "language", language, "created_at", createdAt,
                "last_message_at", lastMessageAt, "message_count", messageCount,
                "evaluation_consent", evaluationConsent, "expired", expired);
    }

    static InboxChat of(DeviceState chat, boolean expired) {
        return new InboxChat(chat.chatId(), chat.language(), Times.iso(chat.chatCreatedAt()),
                Times.iso(chat.lastMessageAt()), chat.messageCount(), chat.evaluationConsent(), expired);
    }
}
