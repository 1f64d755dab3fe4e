package de.integreat.chat.authorchat;

import static de.integreat.chat.storage.Attributes.n;
import static de.integreat.chat.storage.Attributes.s;

import com.github.f4b6a3.ulid.Ulid;
import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.PageCursor;
import de.integreat.chat.storage.TableSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Author chat messages: one partition ({@code AUTHORCHAT}), sort keys {@code MSG#<ULID>}. Because a ULID
 * starts with its time, "sent after t" is a key condition ({@code sk > MSG#<largest ULID of t>}), so
 * messages outside the history window are never read, whether TTL removed them yet or not.
 */
final class AuthorChatStore {

    /** A page of messages and the key to continue after (null on the last page). */
    record Page(List<AuthorMessage> messages, Map<String, AttributeValue> lastKey) {
    }

    private static final Set<String> KEY_ATTRIBUTES = Set.of(TableSchema.PK, TableSchema.SK);

    private final DynamoDbClient dynamo;
    private final String table;

    AuthorChatStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Stores a message that expires (TTL) at {@code expiresAt} epoch seconds. */
    void put(AuthorMessage message, long expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(key(message.id()));
        item.put("senderId", s(message.senderId()));
        item.put("senderName", s(message.senderName()));
        item.put("text", s(message.text()));
        item.put("sentAt", n(message.sentAtMillis()));
        item.put(TableSchema.EXPIRES_AT, n(expiresAt));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    /** Up to {@code limit} messages sent after {@code cutoffMillis}, newest first, continuing after {@code cursor}. */
    Page page(long cutoffMillis, int limit, String cursor) {
        Map<String, AttributeValue> startKey = PageCursor.decode(cursor, KEY_ATTRIBUTES);
        QueryRequest.Builder query = sentAfter(cutoffMillis).scanIndexForward(false).limit(limit);
        if (startKey != null) {
            String sk = startKey.get(TableSchema.SK).s();
            if (!Keys.AUTHOR_CHAT.equals(startKey.get(TableSchema.PK).s()) || sk == null
                    || !sk.startsWith(Keys.AUTHOR_MESSAGE_PREFIX)) {
                throw PageCursor.invalid();
            }
            if (sk.compareTo(oldestKey(cutoffMillis)) <= 0) {
                // The cursor's message has left the history window since the page was read: nothing older is
                // in it either. (DynamoDB refuses a start key outside the key condition.)
                return new Page(List.of(), null);
            }
            query.exclusiveStartKey(startKey);
        }
        QueryResponse response = dynamo.query(query.build());
        List<AuthorMessage> messages = response.items().stream().map(AuthorChatStore::fromItem).toList();
        boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        return new Page(messages, more ? response.lastEvaluatedKey() : null);
    }

    /** How many messages were sent after {@code afterMillis} (a count query; reads keys only). */
    long countSentAfter(long afterMillis) {
        long count = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            QueryRequest.Builder query = sentAfter(afterMillis).select(Select.COUNT);
            if (startKey != null) {
                query.exclusiveStartKey(startKey);
            }
            QueryResponse response = dynamo.query(query.build());
            count += response.count();
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (startKey != null);
        return count;
    }

    /**
     * Deletes a message sent after {@code cutoffMillis} in one conditional call; unless {@code anySender},
     * only when {@code callerId} sent it. Of concurrent deletes exactly one succeeds.
     */
    DeleteOutcome delete(String id, String callerId, boolean anySender, long cutoffMillis) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", TableSchema.PK, "#sentAt", "sentAt"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":cutoff", n(cutoffMillis)));
        String condition = "attribute_exists(#pk) AND #sentAt > :cutoff";
        if (!anySender) {
            condition += " AND #senderId = :caller";
            names.put("#senderId", "senderId");
            values.put(":caller", s(callerId));
        }
        String expression = condition;
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(key(id)).conditionExpression(expression)
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return new DeleteOutcome.Deleted();
        } catch (ConditionalCheckFailedException e) {
            return anySender ? new DeleteOutcome.NotFound() : whyNotDeleted(id, cutoffMillis);
        }
    }

    /** After a failed conditional delete: the message is someone else's, or it is not (or no longer) there. */
    private DeleteOutcome whyNotDeleted(String id, long cutoffMillis) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(id)).consistentRead(true)).item();
        boolean inHistory = item != null && !item.isEmpty() && Attributes.number(item, "sentAt", 0) > cutoffMillis;
        return inHistory ? new DeleteOutcome.Forbidden() : new DeleteOutcome.NotFound();
    }

    private QueryRequest.Builder sentAfter(long afterMillis) {
        return QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("#pk = :pk AND #sk > :after")
                .expressionAttributeNames(Map.of("#pk", TableSchema.PK, "#sk", TableSchema.SK))
                .expressionAttributeValues(Map.of(
                        ":pk", s(Keys.AUTHOR_CHAT),
                        ":after", s(oldestKey(afterMillis))));
    }

    private static Map<String, AttributeValue> key(String id) {
        return Attributes.key(Keys.AUTHOR_CHAT, Keys.authorMessage(id));
    }

    private static AuthorMessage fromItem(Map<String, AttributeValue> item) {
        return new AuthorMessage(
                Attributes.string(item, TableSchema.SK).substring(Keys.AUTHOR_MESSAGE_PREFIX.length()),
                Attributes.string(item, "senderId"),
                Attributes.string(item, "senderName"),
                Attributes.string(item, "text"),
                Attributes.number(item, "sentAt", 0));
    }

    /** The sort key every message sent after {@code afterMillis} is greater than. */
    private static String oldestKey(long afterMillis) {
        return Keys.authorMessage(Ulid.max(afterMillis).toString());
    }
}
