package de.integreat.chat.appchat;

import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.TableSchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A device's state in one region: its current chat (if any) and the message sequence of that chat.
 *
 * @param chatId        the current chat's id, or null when the device has none
 * @param lastMessageAt epoch millis of the chat's last activity
 * @param messageSeq    the id given to the chat's newest message
 * @param typingUntil   epoch seconds until which {@code chatbot_typing} is true
 */
public record DeviceState(
        String chatId,
        String language,
        long chatCreatedAt,
        long lastMessageAt,
        long messageSeq,
        long messageCount,
        boolean evaluationConsent,
        long typingUntil) {

    public static final String CHAT_ID = "chatId";
    public static final String LANGUAGE = "language";
    public static final String CHAT_CREATED_AT = "chatCreatedAt";
    public static final String LAST_MESSAGE_AT = TableSchema.INBOX_SK;
    public static final String MESSAGE_SEQ = "messageSeq";
    public static final String MESSAGE_COUNT = "messageCount";
    public static final String CONSENT = "evaluationConsent";
    public static final String TYPING_UNTIL = "typingUntil";

    /** Reads the state (or an archived chat's summary, which has the same attributes) from its item. */
    public static DeviceState fromItem(Map<String, AttributeValue> item) {
        return new DeviceState(
                Attributes.string(item, CHAT_ID),
                Attributes.string(item, LANGUAGE),
                Attributes.number(item, CHAT_CREATED_AT, 0),
                Attributes.number(item, LAST_MESSAGE_AT, 0),
                Attributes.number(item, MESSAGE_SEQ, 0),
                Attributes.number(item, MESSAGE_COUNT, 0),
                Attributes.flag(item, CONSENT),
                Attributes.number(item, TYPING_UNTIL, 0));
    }

    /** Whether the device has a chat whose last activity is after {@code cutoffMillis}. */
    public boolean hasChatActiveAfter(long cutoffMillis) {
        return chatId != null && lastMessageAt > cutoffMillis;
    }
}
