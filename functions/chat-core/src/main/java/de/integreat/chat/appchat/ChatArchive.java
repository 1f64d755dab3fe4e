package de.integreat.chat.appchat;

import static de.integreat.chat.storage.Attributes.bool;
import static de.integreat.chat.storage.Attributes.n;
import static de.integreat.chat.storage.Attributes.s;

import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.TableSchema;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Chats that are no longer current. When a device starts a new chat, the old chat's summary moves from
 * the device state to its own item, so counsellors still find it in the inbox until it expires.
 */
final class ChatArchive {

    private final DynamoDbClient dynamo;
    private final String table;

    ChatArchive(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    void archive(String deviceId, String region, DeviceState chat, long retentionSeconds) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.device(deviceId), Keys.chat(region, chat.chatId())));
        item.put(DeviceState.CHAT_ID, s(chat.chatId()));
        item.put(TableSchema.CHAT_REF, s(chat.chatId()));
        item.put(TableSchema.INBOX_PK, s(Keys.inbox(region)));
        item.put(DeviceState.LAST_MESSAGE_AT, n(chat.lastMessageAt()));
        item.put(DeviceState.CHAT_CREATED_AT, n(chat.chatCreatedAt()));
        item.put(DeviceState.MESSAGE_SEQ, n(chat.messageSeq()));
        item.put(DeviceState.MESSAGE_COUNT, n(chat.messageCount()));
        item.put(DeviceState.CONSENT, bool(chat.evaluationConsent()));
        if (chat.language() != null) {
            item.put(DeviceState.LANGUAGE, s(chat.language()));
        }
        item.put(TableSchema.EXPIRES_AT, n(chat.lastMessageAt() / 1000 + retentionSeconds));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }
}
