package de.integreat.chat.storage;

/** Every key format of the single table, in one place. */
public final class Keys {

    /** Chat and author message ids: ULIDs in canonical (upper-case Crockford base32) form. */
    public static final java.util.regex.Pattern ULID = java.util.regex.Pattern.compile("[0-9A-HJKMNP-TV-Z]{26}");

    public static final String SETTINGS = "SETTINGS";
    public static final String META = "META";
    public static final String AUTHOR_CHAT = "AUTHORCHAT";
    /** Sort key of a counsellor's declared, not yet verified upload (beside the attachment's {@link #META}). */
    public static final String UPLOAD = "UPLOAD";
    /** Prefix of author chat message sort keys. */
    public static final String AUTHOR_MESSAGE_PREFIX = "MSG#";

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

    /** The message id in a message's sort key. */
    public static String messageIdOf(String sortKey) {
        return sortKey.substring(sortKey.lastIndexOf('#') + 1);
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

    /** Sort key of an author chat message under {@link #AUTHOR_CHAT}; the id is a ULID, so keys sort by time. */
    public static String authorMessage(String id) {
        return AUTHOR_MESSAGE_PREFIX + id;
    }

    /** Whether a sort key belongs to the device state item (the current chat) rather than an archived chat. */
    public static boolean isDeviceState(String sortKey) {
        return sortKey.startsWith("STATE#");
    }

    /** The device id of a {@code DEVICE#<id>} partition key. */
    public static String deviceIdOf(String partitionKey) {
        return partitionKey.substring("DEVICE#".length());
    }

    public static String user(String sub) {
        return "USER#" + sub;
    }

    /** S3 key of a counsellor's upload before it is verified; the bucket lifecycle deletes these after a day. */
    public static String uploadObject(String hash) {
        return "uploads/" + hash;
    }

    /** S3 key of an attachment's bytes. */
    public static String attachmentObject(String hash) {
        return "attachments/" + hash;
    }
}
