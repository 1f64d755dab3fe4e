package de.integreat.chat.storage;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short constructors and readers for DynamoDB attribute values. */
public final class Attributes {

    private Attributes() {
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    /** A key map for {@code pk}/{@code sk}. */
    public static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(TableSchema.PK, s(pk), TableSchema.SK, s(sk));
    }

    public static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    public static long number(Map<String, AttributeValue> item, String name, long fallback) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? fallback : Long.parseLong(value.n());
    }

    public static boolean flag(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value != null && Boolean.TRUE.equals(value.bool());
    }

    /** True when the item exists and its {@code expiresAt} (if any) is still in the future. */
    public static boolean live(Map<String, AttributeValue> item, long nowSeconds) {
        return item != null && !item.isEmpty() && number(item, TableSchema.EXPIRES_AT, Long.MAX_VALUE) > nowSeconds;
    }
}
