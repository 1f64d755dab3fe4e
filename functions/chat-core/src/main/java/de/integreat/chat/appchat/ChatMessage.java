package de.integreat.chat.appchat;

import de.integreat.chat.attachments.AttachmentRef;
import java.util.List;

/**
 * One message of an app chat.
 *
 * @param role      {@code user} (the app user) or {@code agent} (a counsellor or the bot)
 * @param automatic sent by the bot; shown as {@code automatic_answer}
 * @param internal  a counsellor-only note, never shown on app routes
 */
public record ChatMessage(
        long id,
        String role,
        String content,
        boolean automatic,
        boolean internal,
        long createdAtMillis,
        List<AttachmentRef> attachments) {

    public static final String USER = "user";
    public static final String AGENT = "agent";

    public ChatMessage {
        attachments = List.copyOf(attachments);
    }

    /** Whether the app user wrote it (shown as {@code user_is_author}). */
    public boolean userIsAuthor() {
        return USER.equals(role);
    }
}
