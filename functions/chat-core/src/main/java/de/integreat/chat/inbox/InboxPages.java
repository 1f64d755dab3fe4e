package de.integreat.chat.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The paged responses of the inbox routes; {@code next_cursor} is null on the last page. */
public final class InboxPages {

    private InboxPages() {
    }

    /** {@code {"chats": [...], "next_cursor": ...}}, most recent activity first. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Chats(@JsonProperty("chats") List<InboxChat> chats, @JsonProperty("next_cursor") String nextCursor) {
    }

    /** {@code {"messages": [...], "next_cursor": ...}}, oldest first. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Messages(@JsonProperty("messages") List<CounsellorMessage> messages,
                           @JsonProperty("next_cursor") String nextCursor) {
    }
}
