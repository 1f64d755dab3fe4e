package de.integreat.chat.appchat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import de.integreat.chat.attachments.AttachmentRef;
import de.integreat.chat.http.Times;
import java.util.List;

/** The chat object of the app routes, in the field names of the Integreat CMS API v3. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatView(
        @JsonProperty("messages") List<MessageView> messages,
        @JsonProperty("evaluation_consent") boolean evaluationConsent,
        @JsonProperty("chatbot_typing") boolean chatbotTyping,
        @JsonProperty("ticket_url") String ticketUrl) {

    /** One message as the app shows it. */
    public record MessageView(
            @JsonProperty("id") long id,
            @JsonProperty("content") String content,
            @JsonProperty("user_is_author") boolean userIsAuthor,
            @JsonProperty("automatic_answer") boolean automaticAnswer,
            @JsonProperty("role") String role,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("attachments") List<AttachmentRef> attachments) {
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
