package de.integreat.chat.inbox;

import static de.integreat.chat.storage.Attributes.s;

import de.integreat.chat.http.ApiError;
import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.TableSchema;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Finds a chat by its public id through the {@code chatById} index (keys only, one query). A chat of
 * another region is not found, so region-scoped roles cannot reach it by guessing ids.
 */
final class ChatLocator {

    private final DynamoDbClient dynamo;
    private final String table;

    ChatLocator(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The chat, or 404 {@code Chat not found.}. */
    ChatLocation require(String region, String chatId) {
        return find(region, chatId).orElseThrow(() -> ApiError.notFound("Chat not found."));
    }

    /** The chat's location in {@code region}; the device's current chat wins over an archive entry. */
    Optional<ChatLocation> find(String region, String chatId) {
        if (chatId == null || !Keys.ULID.matcher(chatId).matches()) {
            return Optional.empty();
        }
        var items = dynamo.query(q -> q.tableName(table).indexName(TableSchema.CHAT_INDEX)
                .keyConditionExpression("#ref = :id")
                .expressionAttributeNames(Map.of("#ref", TableSchema.CHAT_REF))
                .expressionAttributeValues(Map.of(":id", s(chatId)))).items();
        ChatLocation found = null;
        for (Map<String, AttributeValue> item : items) {
            String pk = Attributes.string(item, TableSchema.PK);
            String sk = Attributes.string(item, TableSchema.SK);
            boolean inRegion = sk.equals(Keys.deviceState(region)) || sk.equals(Keys.chat(region, chatId));
            if (inRegion && (found == null || Keys.isDeviceState(sk))) {
                found = new ChatLocation(Keys.deviceIdOf(pk), region, chatId, sk);
            }
        }
        return Optional.ofNullable(found);
    }
}
