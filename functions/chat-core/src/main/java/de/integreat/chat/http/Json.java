package de.integreat.chat.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson mapper of a container; building it is expensive, so it is built once. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Serialises a value (records, maps, lists, JSON trees) to a string. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Parses a request body as a JSON object; anything else is a client error. */
    public static JsonNode readObject(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("The request body must be a JSON object.");
            }
            return node;
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("The request body is not valid JSON.");
        }
    }
}
