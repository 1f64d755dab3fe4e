package de.integreat.chat.appchat;

import static de.integreat.chat.storage.Attributes.bool;
import static de.integreat.chat.storage.Attributes.n;
import static de.integreat.chat.storage.Attributes.s;

import de.integreat.chat.attachments.AttachmentRef;
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

/** Messages of app chats: one item each, under the device, sorted by id within their chat. */
public final class MessageStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public MessageStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Stores a message; it expires {@code retentionSeconds} after it was written. */
    public void put(String deviceId, String region, String chatId, ChatMessage message, long retentionSeconds) {
        Map<String, AttributeValue> item = new HashMap<>(
                Attributes.key(Keys.device(deviceId), Keys.message(region, chatId, message.id())));
        item.put("id", n(message.id()));
        item.put("role", s(message.role()));
        if (!message.content().isEmpty()) {
            item.put("content", s(message.content()));
        }
        item.put("automatic", bool(message.automatic()));
        item.put("internal", bool(message.internal()));
        item.put("createdAt", n(message.createdAtMillis()));
        item.put("attachments", AttributeValue.fromL(message.attachments().stream().map(MessageStore::attachment).toList()));
        item.put(TableSchema.EXPIRES_AT, n(message.createdAtMillis() / 1000 + retentionSeconds));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    /** A page of a chat's messages and the key to continue after (null on the last page). */
    public record Page(List<ChatMessage> messages, Map<String, AttributeValue> lastKey) {
    }

    /**
     * The newest unexpired messages of a chat, oldest first: at most {@code maxMessages}, and no more once
     * their text reaches {@code maxChars}, so a long chat never outgrows Lambda's 6 MB response. A normal
     * chat is one query.
     */
    public List<ChatMessage> latest(String deviceId, String region, String chatId, long nowSeconds,
                                    int maxMessages, int maxChars) {
        List<ChatMessage> newestFirst = new ArrayList<>();
        long chars = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            QueryResponse response = dynamo.query(query(deviceId, region, chatId, nowSeconds, maxMessages - newestFirst.size(), startKey)
                    .scanIndexForward(false).build());
            for (Map<String, AttributeValue> item : response.items()) {
                ChatMessage message = fromItem(item);
                chars += message.content().length();
                if (chars > maxChars && !newestFirst.isEmpty()) {
                    return reversed(newestFirst);
                }
                newestFirst.add(message);
            }
            startKey = lastKey(response);
        } while (startKey != null && newestFirst.size() < maxMessages);
        return reversed(newestFirst);
    }

    /**
     * Up to {@code limit} (null: up to 1 MB of) unexpired messages of a chat, oldest first, after
     * {@code startKey} (null: from the first). Expired messages are filtered, so a page may be short.
     */
    public Page page(String deviceId, String region, String chatId, long nowSeconds, Integer limit,
                     Map<String, AttributeValue> startKey) {
        QueryResponse response = dynamo.query(query(deviceId, region, chatId, nowSeconds, limit, startKey).build());
        return new Page(response.items().stream().map(MessageStore::fromItem).toList(), lastKey(response));
    }

    private QueryRequest.Builder query(String deviceId, String region, String chatId, long nowSeconds, Integer limit,
                                      Map<String, AttributeValue> startKey) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .filterExpression("#expiresAt > :now")
                .expressionAttributeNames(Map.of("#pk", TableSchema.PK, "#sk", TableSchema.SK,
                        "#expiresAt", TableSchema.EXPIRES_AT))
                .expressionAttributeValues(Map.of(
                        ":pk", s(Keys.device(deviceId)),
                        ":prefix", s(Keys.messagePrefix(region, chatId)),
                        ":now", n(nowSeconds)))
                .limit(limit);
        if (startKey != null) {
            query.exclusiveStartKey(startKey);
        }
        return query;
    }

    private static Map<String, AttributeValue> lastKey(QueryResponse response) {
        return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
    }

    private static List<ChatMessage> reversed(List<ChatMessage> messages) {
        List<ChatMessage> copy = new ArrayList<>(messages);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static AttributeValue attachment(AttachmentRef ref) {
        return AttributeValue.fromM(Map.of(
                "hash", s(ref.hash()), "filename", s(ref.filename()),
                "size", n(ref.size()), "contentType", s(ref.contentType())));
    }

    private static ChatMessage fromItem(Map<String, AttributeValue> item) {
        AttributeValue attachments = item.get("attachments");
        List<AttachmentRef> refs = attachments == null || !attachments.hasL() ? List.of()
                : attachments.l().stream().map(a -> new AttachmentRef(
                        a.m().get("hash").s(), a.m().get("filename").s(),
                        Long.parseLong(a.m().get("size").n()), a.m().get("contentType").s())).toList();
        return new ChatMessage(
                Attributes.number(item, "id", 0),
                Attributes.string(item, "role"),
                java.util.Objects.requireNonNullElse(Attributes.string(item, "content"), ""),
                Attributes.flag(item, "automatic"),
                Attributes.flag(item, "internal"),
                Attributes.number(item, "createdAt", 0),
                refs);
    }
}
