package de.integreat.chat.storage;

/**
 * Names of the table's key attributes, TTL attribute and indexes. template.yaml defines the same names;
 * a contract test keeps the two equal.
 */
public final class TableSchema {

    public static final String PK = "pk";
    public static final String SK = "sk";
    /** TTL attribute: epoch seconds after which an item counts as absent, whether DynamoDB deleted it or not. */
    public static final String EXPIRES_AT = "expiresAt";

    /** Chats of a region by last activity (counsellor inbox). */
    public static final String INBOX_INDEX = "inbox";
    public static final String INBOX_PK = "inboxPk";
    /** Sort key of the inbox index: epoch millis of the chat's last message (a number). */
    public static final String INBOX_SK = "lastMessageAt";

    /** A chat by its public id (counsellor routes name chats by id, never by device). */
    public static final String CHAT_INDEX = "chatById";
    public static final String CHAT_REF = "chatRef";

    private TableSchema() {
    }
}
