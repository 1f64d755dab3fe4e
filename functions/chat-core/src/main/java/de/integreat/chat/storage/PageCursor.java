package de.integreat.chat.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.integreat.chat.http.ApiError;
import de.integreat.chat.http.Json;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
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
        ObjectNode node = Json.MAPPER.createObjectNode();
        lastKey.forEach((name, value) -> {
            if (value.s() != null) {
                node.putArray(name).add("S").add(value.s());
            } else {
                node.putArray(name).add("N").add(value.n());
            }
        });
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(node).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
            JsonNode node = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(cursor));
            Map<String, AttributeValue> key = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                key.put(field.getKey(), value(field.getValue()));
            }
            if (!key.keySet().equals(attributes)) {
                throw invalid();
            }
            return key;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw invalid();
        }
    }

    private static AttributeValue value(JsonNode pair) {
        if (!pair.isArray() || pair.size() != 2 || !pair.get(1).isTextual()) {
            throw invalid();
        }
        String text = pair.get(1).textValue();
        return switch (pair.get(0).asText()) {
            case "S" -> Attributes.s(text);
            case "N" -> Attributes.n(Long.parseLong(text));
            default -> throw invalid();
        };
    }

    /** A cursor made of named text fields (for positions that must not show table keys). */
    public static String encodeFields(Map<String, String> fields) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        fields.forEach(node::put);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(node).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The fields of a cursor made by {@link #encodeFields}; 400 unless it has exactly {@code names}, all text. */
    public static Map<String, String> decodeFields(String cursor, Set<String> names) {
        try {
            if (cursor.length() > MAX_CHARS) {
                throw invalid();
            }
            JsonNode node = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(cursor));
            Map<String, String> fields = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getValue().isTextual()) {
                    throw invalid();
                }
                fields.put(field.getKey(), field.getValue().textValue());
            }
            if (!fields.keySet().equals(names)) {
                throw invalid();
            }
            return fields;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw invalid();
        }
    }

    /** The error for any cursor that this service did not hand out. */
    public static ApiError invalid() {
        return ApiError.badRequest("Invalid cursor.");
    }
}
