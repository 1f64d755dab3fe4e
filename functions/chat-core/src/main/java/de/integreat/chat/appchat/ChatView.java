package de.integreat.chat.appchat;

import de.integreat.chat.attachments.AttachmentRef;
import de.integreat.chat.http.Json;
import de.integreat.chat.http.JsonObject;
import de.integreat.chat.http.Times;
import java.util.List;
import java.util.Map;

/**
 * The chat object of the app routes, in the field names of the Integreat CMS API v3.
 *
 * @param ticketUrl left out of the JSON when there is none
 */
public record ChatView(List<MessageView> messages, boolean evaluationConsent, boolean chatbotTyping, String ticketUrl)
        implements JsonObject {

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = Json.object("messages", messages, "evaluation_consent", evaluationConsent,
                "chatbot_typing", chatbotTyping);
        if (ticketUrl != null) {
            json.put("ticket_url", ticketUrl);
        }
        return json;
    }

    /** One message as the app shows it. */
    public record MessageView(long id, String content, boolean userIsAuthor, boolean automaticAnswer, String role,
                              String createdAt, List<AttachmentRef> attachments) implements JsonObject {
        @Override
        public Map<String, Object> toJson() {
            return Json.object("id", id, "content", content, "user_is_author", userIsAuthor,
                    "automatic_answer", automaticAnswer, "role", role, "created_at", createdAt, "attachments", attachments);
        }
    }

    /** The app's view of a chat: internal notes left out, oldest first. */
    static ChatView of(List<ChatMessage> messages, DeviceState state, long nowSeconds, String ticketUrl) {
        List<MessageView> views = messages.stream()
                .filter(m -> !m.internal())
                .map(m -> new MessageView(m.id(), m.content(), m.userIsAuthor(), m.automatic(),
                        m.role(), Times.iso(m.createdAtMillis()), m.attachments()))
                .toList();
        return new ChatView(views, state.evaluationConsent(), state.typingUntil() > nowSeconds, ticketUrl);
    }
}
