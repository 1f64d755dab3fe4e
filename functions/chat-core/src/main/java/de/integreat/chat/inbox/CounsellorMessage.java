package de.integreat.chat.inbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.integreat.chat.appchat.ChatMessage;
import de.integreat.chat.attachments.AttachmentRef;
import de.integreat.chat.http.Times;
import java.util.List;

/** A chat message as counsellors see it: the app's fields plus the {@code internal} flag. */
public record CounsellorMessage(
        @JsonProperty("id") long id,
        @JsonProperty("content") String content,
        @JsonProperty("role") String role,
        @JsonProperty("user_is_author") boolean userIsAuthor,
        @JsonProperty("automatic_answer") boolean automaticAnswer,
        @JsonProperty("internal") boolean internal,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("attachments") List<AttachmentRef> attachments) {

    static CounsellorMessage of(ChatMessage m) {
        return new CounsellorMessage(m.id(), m.content(), m.role(), m.userIsAuthor(), m.automatic(),
                m.internal(), Times.iso(m.createdAtMillis()), m.attachments());
    }
}
