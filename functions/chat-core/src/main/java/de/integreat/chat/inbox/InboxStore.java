package de.integreat.chat.inbox;

import static de.integreat.chat.storage.Attributes.n;
import static de.integreat.chat.storage.Attributes.s;

import de.integreat.chat.appchat.DeviceState;
import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.PageCursor;
import de.integreat.chat.storage.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A region's chats by last activity: the {@code inbox} index over device state items (current chats)
 * and archive items (earlier chats), keyed {@code INBOX#<region>} / {@code lastMessageAt}.
 */
final class InboxStore {

    private static final Set<String> CURSOR_ATTRIBUTES =
            Set.of(TableSchema.PK, TableSchema.SK, TableSchema.INBOX_PK, TableSchema.INBOX_SK);

    private final DynamoDbClient dynamo;
    private final String table;

    InboxStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** One page of unexpired chats, newest activity first; a chat is expired for the app once it is archived or past {@code retentionCutoffMillis}. */
    InboxPages.Chats page(String region, long nowMillis, long retentionCutoffMillis, int limit, String cursor) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(table)
                .indexName(TableSchema.INBOX_INDEX)
                .keyConditionExpression("#inbox = :inbox")
                .filterExpression("#expiresAt > :now")
                .expressionAttributeNames(Map.of("#inbox", TableSchema.INBOX_PK, "#expiresAt", TableSchema.EXPIRES_AT))
                .expressionAttributeValues(Map.of(":inbox", s(Keys.inbox(region)), ":now", n(nowMillis / 1000)))
                .scanIndexForward(false)
                .limit(limit);
        Map<String, AttributeValue> startKey = PageCursor.decode(cursor, CURSOR_ATTRIBUTES);
        if (startKey != null) {
            if (!Keys.inbox(region).equals(startKey.get(TableSchema.INBOX_PK).s())
                    || startKey.get(TableSchema.INBOX_SK).n() == null || startKey.get(TableSchema.SK).s() == null
                    || startKey.get(TableSchema.PK).s() == null || !startKey.get(TableSchema.PK).s().startsWith(Keys.device(""))) {
                throw PageCursor.invalid();
            }
            query.exclusiveStartKey(startKey);
        }
        QueryResponse response = dynamo.query(query.build());
        List<InboxChat> chats = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            DeviceState chat = DeviceState.fromItem(item);
            boolean expired = !Keys.isDeviceState(Attributes.string(item, TableSchema.SK))
                    || chat.lastMessageAt() <= retentionCutoffMillis;
            chats.add(InboxChat.of(chat, expired));
        }
        boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        return new InboxPages.Chats(chats, more ? PageCursor.encode(response.lastEvaluatedKey()) : null);
    }
}
