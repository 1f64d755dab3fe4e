package de.integreat.chat.appchat;

import static de.integreat.chat.storage.Attributes.bool;
import static de.integreat.chat.storage.Attributes.n;
import static de.integreat.chat.storage.Attributes.s;

import com.github.f4b6a3.ulid.Ulid;
import de.integreat.chat.http.ApiError;
import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.TableSchema;
import de.integreat.chat.storage.UpdateBuilder;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The device state item: rate counters, current chat and message sequence, changed by one conditional
 * atomic UpdateItem per request. The common case (same window, chat current) costs exactly one call;
 * only when the optimistic condition fails is the item read to pick the right variant (new window,
 * new or expired item, new chat) or to answer "rate limited". Every success is conditioned on the
 * counter being below the limit, so the limit is exact under any concurrency.
 */
final class DeviceStateStore {

    /** Each failed attempt means another request for this device succeeded, so this covers heavy races. */
    private static final int MAX_ATTEMPTS = 16;
    private static final String[] CHAT_ATTRIBUTES = {
        DeviceState.CHAT_ID, DeviceState.LANGUAGE, DeviceState.CHAT_CREATED_AT, DeviceState.LAST_MESSAGE_AT,
        DeviceState.MESSAGE_SEQ, DeviceState.MESSAGE_COUNT, DeviceState.CONSENT, DeviceState.TYPING_UNTIL,
        TableSchema.INBOX_PK, TableSchema.CHAT_REF
    };

    /** What the last read (or the optimistic guess) says about the stored item. */
    private record Known(boolean exists, boolean sameWindow, DeviceState state) {
        static final Known OPTIMISTIC = new Known(true, true, null);
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    DeviceStateStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    /** Counts the request and applies its chat change, or reports that the limit is reached. */
    StateOutcome apply(StateUpdate update) {
        Map<String, AttributeValue> key = Attributes.key(Keys.device(update.deviceId()), Keys.deviceState(update.region()));
        // A new chat replaces a known one (compare-and-set), so it always starts from a read.
        Known known = update.change() instanceof ChatChange.StartNew ? null : Known.OPTIMISTIC;
        ChatChange change = update.change();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long nowMillis = clock.millis();
            long now = nowMillis / 1000;
            long window = now - now % update.windowSeconds();
            if (known == null) {
                Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
                boolean exists = Attributes.live(item, now);
                boolean sameWindow = exists
                        && Attributes.number(item, update.counter().windowAttribute, -1) == window;
                if (sameWindow && Attributes.number(item, update.counter().countAttribute, 0) >= update.limit()) {
                    return new StateOutcome.Limited(window + update.windowSeconds() - now);
                }
                known = new Known(exists, sameWindow, exists ? DeviceState.fromItem(item) : null);
                change = update.change();
                if (change instanceof ChatChange.Append append
                        && (known.state() == null || !known.state().hasChatActiveAfter(append.cutoffMillis()))) {
                    change = new ChatChange.StartNew(append.withMessage());
                }
            }
            UpdateBuilder builder = new UpdateBuilder();
            countRequest(builder, update, known, window, now);
            applyChange(builder, update, known, change, nowMillis, window + update.windowSeconds());
            try {
                Map<String, AttributeValue> item = dynamo.updateItem(builder.build(table, key)).attributes();
                boolean replacedChat = change instanceof ChatChange.StartNew && known.state() != null
                        && known.state().chatId() != null;
                return new StateOutcome.Updated(DeviceState.fromItem(item), replacedChat ? known.state() : null);
            } catch (ConditionalCheckFailedException e) {
                known = null;
            }
        }
        throw new ApiError(503, "The chat is busy. Please try again.", java.util.Map.of("retry-after", "1"));
    }

    private static void countRequest(UpdateBuilder b, StateUpdate update, Known known, long window, long now) {
        RateCounter counter = update.counter();
        b.value("now", n(now));
        if (!known.exists()) {
            b.condition("attribute_not_exists(" + b.name(TableSchema.PK) + ") OR " + b.name(TableSchema.EXPIRES_AT) + " <= :now");
            b.set(counter.windowAttribute, n(window)).set(counter.countAttribute, n(1));
            b.remove(counter.other().windowAttribute).remove(counter.other().countAttribute);
            return;
        }
        b.condition(b.name(TableSchema.EXPIRES_AT) + " > :now");
        String windowName = b.name(counter.windowAttribute);
        String countName = b.name(counter.countAttribute);
        b.value("window", n(window));
        if (known.sameWindow()) {
            b.condition(windowName + " = :window AND " + countName + " < " + b.value("limit", n(update.limit())));
            b.increment(counter.countAttribute, 1);
        } else {
            b.condition("attribute_not_exists(" + windowName + ") OR " + windowName + " < :window");
            b.set(counter.windowAttribute, n(window)).set(counter.countAttribute, n(1));
        }
    }

    private static void applyChange(UpdateBuilder b, StateUpdate update, Known known, ChatChange change,
                                    long nowMillis, long windowEnd) {
        long chatExpiresAt = nowMillis / 1000 + update.retentionSeconds();
        if (change instanceof ChatChange.Append append) {
            b.condition("attribute_exists(" + b.name(DeviceState.CHAT_ID) + ") AND "
                    + b.name(DeviceState.LAST_MESSAGE_AT) + " > " + b.value("cutoff", n(append.cutoffMillis())));
            b.set(DeviceState.LAST_MESSAGE_AT, n(nowMillis)).set(TableSchema.EXPIRES_AT, n(chatExpiresAt));
            if (append.withMessage()) {
                b.increment(DeviceState.MESSAGE_SEQ, 1).increment(DeviceState.MESSAGE_COUNT, 1);
            }
        } else if (change instanceof ChatChange.StartNew start) {
            startChat(b, update, known, start, nowMillis);
            b.set(TableSchema.EXPIRES_AT, n(chatExpiresAt));
        } else if (!known.exists()) {
            // A counter-only item lives for its window.
            for (String attribute : CHAT_ATTRIBUTES) {
                b.remove(attribute);
            }
            b.set(TableSchema.EXPIRES_AT, n(windowEnd));
        }
        if (update.consent() != null) {
            b.set(DeviceState.CONSENT, bool(update.consent()));
        } else if (change instanceof ChatChange.StartNew) {
            b.set(DeviceState.CONSENT, bool(false));
        }
    }

    private static void startChat(UpdateBuilder b, StateUpdate update, Known known, ChatChange.StartNew start,
                                  long nowMillis) {
        DeviceState old = known.state();
        if (old != null && old.chatId() != null) {
            // Compare-and-set on the chat we read, so a concurrent start or append is never overwritten.
            // messageSeq too: a counsellor's internal note advances it without touching lastMessageAt.
            b.condition(b.name(DeviceState.CHAT_ID) + " = " + b.value("oldChat", s(old.chatId())) + " AND "
                    + b.name(DeviceState.LAST_MESSAGE_AT) + " = " + b.value("oldLast", n(old.lastMessageAt())) + " AND "
                    + b.name(DeviceState.MESSAGE_SEQ) + " = " + b.value("oldSeq", n(old.messageSeq())));
        } else if (known.exists()) {
            b.condition("attribute_not_exists(" + b.name(DeviceState.CHAT_ID) + ")");
        }
        String chatId = newChatId(nowMillis);
        long messages = start.withMessage() ? 1 : 0;
        b.set(DeviceState.CHAT_ID, s(chatId)).set(TableSchema.CHAT_REF, s(chatId))
                .set(DeviceState.LANGUAGE, s(update.language()))
                .set(DeviceState.CHAT_CREATED_AT, n(nowMillis)).set(DeviceState.LAST_MESSAGE_AT, n(nowMillis))
                .set(DeviceState.MESSAGE_SEQ, n(messages)).set(DeviceState.MESSAGE_COUNT, n(messages))
                .set(TableSchema.INBOX_PK, s(Keys.inbox(update.region())))
                .remove(DeviceState.TYPING_UNTIL);
    }

    /** Chat ids are ULIDs: time-ordered, unique, drawn per request from a secure source. */
    private static String newChatId(long nowMillis) {
        byte[] random = new byte[10];
        new SecureRandom().nextBytes(random);
        return new Ulid(nowMillis, random).toString();
    }
}
