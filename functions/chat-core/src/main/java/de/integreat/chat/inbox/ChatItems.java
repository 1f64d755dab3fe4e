package de.integreat.chat.inbox;

import static de.integreat.chat.storage.Attributes.n;
import static de.integreat.chat.storage.Attributes.s;

import de.integreat.chat.appchat.DeviceState;
import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.TableSchema;
import de.integreat.chat.storage.UpdateBuilder;
import java.util.OptionalLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Counsellor writes to a chat's summary item (device state or archive entry), each one conditional
 * UpdateItem on the chat still being there: allocating a message id and the typing flag.
 */
final class ChatItems {

    private final DynamoDbClient dynamo;
    private final String table;

    ChatItems(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * Allocates the chat's next message id ({@code messageSeq + 1}, atomically, so it never collides with
     * a concurrent app send). A visible message also counts as activity: it moves the chat up in the inbox,
     * extends its retention and ends {@code chatbot_typing}. Empty when the chat is no longer at
     * {@code chat} or, for a current chat, its retention has passed.
     */
    OptionalLong allocateMessageId(ChatLocation chat, long nowMillis, boolean visible, long retentionSeconds) {
        UpdateBuilder b = new UpdateBuilder();
        requireChat(b, chat, nowMillis);
        if (chat.current()) {
            b.condition(b.name(DeviceState.LAST_MESSAGE_AT) + " > "
                    + b.value("cutoff", n(nowMillis - retentionSeconds * 1000)));
        }
        b.increment(DeviceState.MESSAGE_SEQ, 1).increment(DeviceState.MESSAGE_COUNT, 1);
        if (visible) {
            b.set(DeviceState.LAST_MESSAGE_AT, n(nowMillis))
                    .set(TableSchema.EXPIRES_AT, n(nowMillis / 1000 + retentionSeconds))
                    .remove(DeviceState.TYPING_UNTIL);
        }
        try {
            var item = dynamo.updateItem(b.build(table, chat.key())).attributes();
            return OptionalLong.of(Attributes.number(item, DeviceState.MESSAGE_SEQ, 0));
        } catch (ConditionalCheckFailedException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Sets {@code typingUntil} (epoch seconds) on the device's current chat, or removes it when null.
     * False when {@code chat} is not (or no longer) the device's current chat.
     */
    boolean setTyping(ChatLocation chat, Long typingUntil, long nowMillis) {
        if (!chat.current()) {
            return false;
        }
        UpdateBuilder b = new UpdateBuilder();
        requireChat(b, chat, nowMillis);
        if (typingUntil == null) {
            b.remove(DeviceState.TYPING_UNTIL);
        } else {
            b.set(DeviceState.TYPING_UNTIL, n(typingUntil));
        }
        try {
            dynamo.updateItem(b.build(table, chat.key()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static void requireChat(UpdateBuilder b, ChatLocation chat, long nowMillis) {
        b.condition(b.name(DeviceState.CHAT_ID) + " = " + b.value("chatId", s(chat.chatId())) + " AND "
                + b.name(TableSchema.EXPIRES_AT) + " > " + b.value("now", n(nowMillis / 1000)));
    }
}
