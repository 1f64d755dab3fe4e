package de.integreat.chat.inbox;

import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where an app chat lives: the device's state item while it is the device's current chat
 * ({@code STATE#<region>}), its own archive item afterwards ({@code CHAT#<region>#<chatId>}).
 */
record ChatLocation(String deviceId, String region, String chatId, String sortKey) {

    /** Whether this is the device's current chat (the one the app shows). */
    boolean current() {
        return Keys.isDeviceState(sortKey);
    }

    /** The key of the item that holds the chat's summary and message sequence. */
    Map<String, AttributeValue> key() {
        return Attributes.key(Keys.device(deviceId), sortKey);
    }
}
