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

    /** All unexpired messages of a chat, oldest first (one query unless the chat exceeds 1 MB). */
    public List<ChatMessage> list(String deviceId, String region, String chatId, long nowSeconds) {
        List<ChatMessage> messages = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Page page = page(deviceId, region, chatId, nowSeconds, null, startKey);
            messages.addAll(page.messages());
            startKey = page.lastKey();
        } while (startKey != null);
        return messages;
    }

    /**
     * Up to {@code limit} (null: up to 1 MB of) unexpired messages of a chat, oldest first, after
     * {@code startKey} (null: from the first). Expired messages are filtered, so a page may be short.
     */
    public Page page(String deviceId, String region, String chatId, long nowSeconds, Integer limit,
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
        QueryResponse response = dynamo.query(query.build());
        List<ChatMessage> messages = response.items().stream().map(MessageStore::fromItem).toList();
        boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        return new Page(messages, more ? response.lastEvaluatedKey() : null);
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
