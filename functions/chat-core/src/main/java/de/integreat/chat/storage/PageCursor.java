package de.integreat.chat.storage;

import de.integreat.chat.http.ApiError;
import de.integreat.chat.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The opaque {@code cursor} of paged CMS reads: the key of the last item a page returned (a query's
 * {@code ExclusiveStartKey}), as base64url JSON. Decoding checks the attribute names and types, so a
 * tampered cursor is a 400 and never reaches DynamoDB.
 */
public final class PageCursor {

    private static final int MAX_CHARS = 2048;

    private PageCursor() {
    }

    /** The cursor text for a page's last key, or null when there is no further page. */
    public static String encode(Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return null;
        }
        Map<String, Object> pairs = new LinkedHashMap<>();
        lastKey.forEach((name, value) -> pairs.put(name, value.s() != null ? List.of("S", value.s()) : List.of("N", value.n())));
        return base64(pairs);
    }

    /**
     * The key inside a cursor; null when {@code cursor} is null. 400 {@code Invalid cursor.} unless it names
     * exactly {@code attributes}, each a string or a number.
     */
    public static Map<String, AttributeValue> decode(String cursor, Set<String> attributes) {
        if (cursor == null) {
            return null;
        }
        try {
            if (cursor.length() > MAX_CHARS) {
                throw invalid();
            }
            Map<String, AttributeValue> key = new HashMap<>();
            fromBase64(cursor).forEach((name, pair) -> key.put(name, value(pair)));
            if (!key.keySet().equals(attributes)) {
                throw invalid();
            }
            return key;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw invalid();
        }
    }

    private static AttributeValue value(Object pair) {
        if (!(pair instanceof List<?> list) || list.size() != 2 || !(list.get(1) instanceof String text)) {
            throw invalid();
        }
        return switch (String.valueOf(list.get(0))) {
            case "S" -> Attributes.s(text);
            case "N" -> Attributes.n(Long.parseLong(text));
            default -> throw invalid();
        };
    }

    /** A cursor made of named text fields (for positions that must not show table keys). */
    public static String encodeFields(Map<String, String> fields) {
        return base64(new LinkedHashMap<>(fields));
    }

    /** The fields of a cursor made by {@link #encodeFields}; 400 unless it has exactly {@code names}, all text. */
    public static Map<String, String> decodeFields(String cursor, Set<String> names) {
        try {
            if (cursor.length() > MAX_CHARS) {
                throw invalid();
            }
            Map<String, String> fields = new HashMap<>();
            fromBase64(cursor).forEach((name, value) -> {
                if (!(value instanceof String text)) {
                    throw invalid();
                }
                fields.put(name, text);
            });
            if (!fields.keySet().equals(names)) {
                throw invalid();
            }
            return fields;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw invalid();
        }
    }

    private static String base64(Map<String, Object> json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(json).getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON object inside a cursor; anything else is an invalid cursor. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fromBase64(String cursor) throws IOException {
        if (!(Json.read(Base64.getUrlDecoder().decode(cursor)) instanceof Map<?, ?> object)) {
            throw invalid();
        }
        return (Map<String, Object>) object;
    }

    /** The error for any cursor that this service did not hand out. */
    public static ApiError invalid() {
        return ApiError.badRequest("Invalid cursor.");
    }
}
