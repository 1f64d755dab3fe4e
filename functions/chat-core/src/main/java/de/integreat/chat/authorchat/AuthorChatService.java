package de.integreat.chat.authorchat;

import com.github.f4b6a3.ulid.Ulid;
import de.integreat.chat.auth.Caller;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.http.ApiError;
import de.integreat.chat.http.Json;
import de.integreat.chat.http.JsonObject;
import de.integreat.chat.http.PageRequest;
import de.integreat.chat.http.Times;
import de.integreat.chat.storage.PageCursor;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The author chat of CMS staff and management: a shared history of the last
 * {@code AUTHOR_CHAT_HISTORY_DAYS} days, sending, deleting, and each user's last visit (for unread counts).
 */
public final class AuthorChatService {

    /** The body of a successful delete, as the CMS answered. */
    public static final Map<String, Object> DELETED = Collections.unmodifiableMap(
            Json.object("success", true, "status", "The chat message was successfully deleted."));


    private final Clock clock;
    private final long historyMillis;
    private final int maxChars;
    private final AuthorChatStore messages;
    private final AuthorVisitStore visits;

    public AuthorChatService(ChatContext context) {
        this.clock = context.clock();
        this.historyMillis = context.config().authorChatHistoryDays() * 86_400_000L;
        this.maxChars = context.config().authorMessageMaxChars();
        this.messages = new AuthorChatStore(context.aws().dynamo(), context.config().tableName());
        this.visits = new AuthorVisitStore(context.aws().dynamo(), context.config().tableName());
    }

    /** {@code {"last_visited": ...}}: the previous visit, or null for a first visit. */
    public record Visit(String lastVisited) implements JsonObject {
        @Override
        public Map<String, Object> toJson() {
            return Json.object("last_visited", lastVisited);
        }
    }

    /** A page of the history, newest first, and how many history messages are newer than the caller's last visit. */
    public AuthorHistory history(Caller caller, PageRequest page) {
        requireAuthor(caller);
        long cutoff = clock.millis() - historyMillis;
        AuthorChatStore.Page found = messages.page(cutoff, page.limit(), page.cursor());
        OptionalLong lastVisit = visits.lastVisit(caller.id());
        long unreadAfter = Math.max(cutoff, lastVisit.orElse(cutoff));
        List<AuthorMessage> list = found.messages();
        boolean pageHoldsAllUnread = page.cursor() == null && (found.lastKey() == null
                || !list.isEmpty() && list.get(list.size() - 1).sentAtMillis() <= unreadAfter);
        long unread = pageHoldsAllUnread
                ? list.stream().filter(m -> m.sentAtMillis() > unreadAfter).count()
                : messages.countSentAfter(unreadAfter);
        return new AuthorHistory(list.stream().map(AuthorMessage::view).toList(),
                PageCursor.encode(found.lastKey()), unread);
    }

    /** Stores {@code {"text": ...}} (1 to AUTHOR_MESSAGE_MAX_CHARS characters after trimming) as the caller's message. */
    public AuthorMessage.View send(Caller caller, Map<String, Object> body) {
        requireAuthor(caller);
        String text = body.get("text") instanceof String field ? field.strip() : "";
        if (text.isEmpty()) {
            throw ApiError.badRequest("Message must not be empty.");
        }
        if (text.codePointCount(0, text.length()) > maxChars) {
            throw ApiError.badRequest("Message must not be longer than " + maxChars + " characters.");
        }
        long now = clock.millis();
        AuthorMessage message = new AuthorMessage(newId(now), caller.id(), caller.name(), text, now);
        messages.put(message, (now + historyMillis) / 1000 + 1);
        return message.view();
    }

    /** Deletes a message the caller sent (staff: any message); 403 for others' messages, 404 when not in the history. */
    public Map<String, Object> delete(Caller caller, String id) {
        requireAuthor(caller);
        if (id == null || !Keys.ULID.matcher(id).matches()) {
            throw notFound();
        }
        DeleteOutcome outcome = messages.delete(id, caller.id(), caller.has(Caller.STAFF, null),
                clock.millis() - historyMillis);
        if (outcome instanceof DeleteOutcome.Forbidden) {
            throw ApiError.forbidden("You can only delete your own messages.");
        }
        if (outcome instanceof DeleteOutcome.NotFound) {
            throw notFound();
        }
        return DELETED;
    }

    /** Sets the caller's last visit to now and returns the previous one. */
    public Visit visit(Caller caller) {
        requireAuthor(caller);
        OptionalLong previous = visits.visit(caller.id(), clock.millis());
        return new Visit(previous.isPresent() ? Times.iso(previous.getAsLong()) : null);
    }

    private static void requireAuthor(Caller caller) {
        caller.requireAny(null, Caller.STAFF, Caller.MANAGEMENT);
    }

    /** A ULID of {@code nowMillis} with fresh secure randomness (per request, never at class initialisation). */
    private static String newId(long nowMillis) {
        byte[] random = new byte[10];
        new SecureRandom().nextBytes(random);
        return new Ulid(nowMillis, random).toString();
    }

    private static ApiError notFound() {
        return ApiError.notFound("Message not found.");
    }
}
