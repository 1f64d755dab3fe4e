package de.integreat.chat.authorchat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of the author chat history, newest first, with the caller's unread count. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuthorHistory(
        @JsonProperty("messages") List<AuthorMessage.View> messages,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonProperty("unread_count") long unreadCount) {
}
