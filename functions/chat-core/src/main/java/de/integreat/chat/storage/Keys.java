package de.integreat.chat.storage;

/** Every key format of the single table, in one place. */
public final class Keys {

    public static final String SETTINGS = "SETTINGS";
    public static final String META = "META";
    public static final String AUTHOR_CHAT = "AUTHORCHAT";

    private Keys() {
    }

    public static String region(String slug) {
        return "REGION#" + slug;
    }

    public static String device(String deviceId) {
        return "DEVICE#" + deviceId;
    }

    /** Sort key of a device's state in a region: current chat, message sequence, rate counters. */
    public static String deviceState(String region) {
        return "STATE#" + region;
    }

    public static String abTest(String region) {
        return "ABTEST#" + region;
    }

    /** Sort key of an archived chat; its messages share this prefix. */
    public static String chat(String region, String chatId) {
        return "CHAT#" + region + "#" + chatId;
    }

    public static String messagePrefix(String region, String chatId) {
        return chat(region, chatId) + "#MSG#";
    }

    /** Message ids are zero-padded so that the sort key orders them numerically. */
    public static String message(String region, String chatId, long messageId) {
        return messagePrefix(region, chatId) + String.format("%010d", messageId);
    }

    public static String idempotency(String key) {
        return "IDEMPOTENCY#" + key;
    }

    public static String attachment(String hash) {
        return "ATTACHMENT#" + hash;
    }

    public static String inbox(String region) {
        return "INBOX#" + region;
    }

    public static String authorMessage(String id) {
        return "MSG#" + id;
    }

    public static String user(String sub) {
        return "USER#" + sub;
    }

    /** S3 key of an attachment's bytes. */
    public static String attachmentObject(String hash) {
        return "attachments/" + hash;
    }
}
