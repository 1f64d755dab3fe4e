package de.integreat.chat.inbox;

import static de.integreat.chat.storage.Attributes.n;
import static de.integreat.chat.storage.Attributes.s;

import de.integreat.chat.appchat.DeviceState;
import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A region's chats by last activity: the {@code inbox} index over device state items (current chats)
 * and archive items (earlier chats), keyed {@code INBOX#<region>} / {@code lastMessageAt}.
 */
final class InboxStore {

    private final DynamoDbClient dynamo;
    private final String table;

    InboxStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * One page of unexpired chats, newest activity first, after {@code after} (null: from the newest); a chat
     * is expired for the app once it is archived or past {@code retentionCutoffMillis}.
     */
    InboxPages.Chats page(String region, long nowMillis, long retentionCutoffMillis, int limit, Position after) {
        boolean before = after != null && after.startKey() == null;
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(table)
                .indexName(TableSchema.INBOX_INDEX)
                .keyConditionExpression("#inbox = :inbox" + (before ? " AND #last < :last" : ""))
                .filterExpression("#expiresAt > :now")
                .scanIndexForward(false)
                .limit(limit);
        Map<String, String> names = new HashMap<>(Map.of("#inbox", TableSchema.INBOX_PK, "#expiresAt", TableSchema.EXPIRES_AT));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":inbox", s(Keys.inbox(region)), ":now", n(nowMillis / 1000)));
        if (before) {
            names.put("#last", TableSchema.INBOX_SK);
            values.put(":last", n(after.lastMessageAt()));
        } else if (after != null) {
            query.exclusiveStartKey(after.startKey());
        }
        QueryResponse response = dynamo.query(query.expressionAttributeNames(names).expressionAttributeValues(values).build());
        List<InboxChat> chats = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            DeviceState chat = DeviceState.fromItem(item);
            boolean expired = !Keys.isDeviceState(Attributes.string(item, TableSchema.SK))
                    || chat.lastMessageAt() <= retentionCutoffMillis;
            chats.add(InboxChat.of(chat, expired));
        }
        return new InboxPages.Chats(chats, nextCursor(response));
    }

    /** The key to resume from: the index key of the chat a cursor names, or only its time when it is gone. */
    record Position(long lastMessageAt, Map<String, AttributeValue> startKey) {

        static Position of(InboxCursor cursor, String region, ChatLocation chat) {
            if (chat == null) {
                return new Position(cursor.lastMessageAt(), null);
            }
            return new Position(cursor.lastMessageAt(), Map.of(
                    TableSchema.PK, s(Keys.device(chat.deviceId())),
                    TableSchema.SK, s(chat.sortKey()),
                    TableSchema.INBOX_PK, s(Keys.inbox(region)),
                    TableSchema.INBOX_SK, n(cursor.lastMessageAt())));
        }
    }

    private static String nextCursor(QueryResponse response) {
        if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
            return null;
        }
        Map<String, AttributeValue> lastKey = response.lastEvaluatedKey();
        long lastMessageAt = Attributes.number(lastKey, TableSchema.INBOX_SK, 0);
        Map<String, AttributeValue> last = response.items().isEmpty() ? null : response.items().get(response.items().size() - 1);
        boolean lastWasReturned = last != null && lastKey.get(TableSchema.PK).equals(last.get(TableSchema.PK))
                && lastKey.get(TableSchema.SK).equals(last.get(TableSchema.SK));
        return new InboxCursor(lastMessageAt, lastWasReturned ? Attributes.string(last, TableSchema.CHAT_REF) : null).encode();
    }
}
