package de.integreat.chat.inbox;

import de.integreat.chat.appchat.ChatMessage;
import de.integreat.chat.attachments.AttachmentRef;
import de.integreat.chat.http.Json;
import de.integreat.chat.http.JsonObject;
import de.integreat.chat.http.Times;
import java.util.List;
import java.util.Map;

/** A chat message as counsellors see it: the app's fields plus the {@code internal} flag. */
public record CounsellorMessage(long id, String content, String role, boolean userIsAuthor, boolean automaticAnswer,
                                boolean internal, String createdAt, List<AttachmentRef> attachments) implements JsonObject {

    @Override
    public Map<String, Object> toJson() {
        return Json.object("id", id, "content", content, "role", role, "user_is_author", userIsAuthor,
                "automatic_answer", automaticAnswer, "internal", internal, "created_at", createdAt,
                "attachments", attachments);
    }

    static CounsellorMessage of(ChatMessage m) {
        return new CounsellorMessage(m.id(), m.content(), m.role(), m.userIsAuthor(), m.automatic(),
                m.internal(), Times.iso(m.createdAtMillis()), m.attachments());
    }
}
