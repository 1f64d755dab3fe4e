package de.integreat.chat.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out, with jackson-jr on Jackson's streaming parser and generator. Events and request bodies are read
 * into plain maps and lists; responses are written from maps that the response records build themselves
 * ({@link JsonObject}). There is no data binding and no reflection: Jackson databind's mapper, tree and record
 * introspection cost about 150 ms of every cold start (docs/performance.md), and these few shapes do not need it.
 */
public final class Json {

    /**
     * Null values are written (the API has fields like {@code "next_cursor": null}); beans are switched off, so a
     * record passed without {@code toJson()} fails loudly instead of being guessed at; a repeated name keeps its
     * last value, as JSON parsers commonly do (in plain LinkedHashMaps: jackson-jr's default "deferred" maps keep
     * both entries of a repeated name).
     */
    private static final JSON JSON_IO = JSON.std
            .with(JSON.Feature.WRITE_NULL_PROPERTIES, JSON.Feature.FAIL_ON_UNKNOWN_TYPE_WRITE)
            .without(JSON.Feature.HANDLE_JAVA_BEANS, JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS, JSON.Feature.USE_DEFERRED_MAPS);

    private Json() {
    }

    /** Serialises maps, lists, strings, numbers, booleans, nulls and {@link JsonObject}s to a string. */
    public static String write(Object value) {
        try {
            return JSON_IO.asString(plain(value));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Writes {@code value} to {@code out} (e.g. the Lambda response stream). */
    public static void write(Object value, OutputStream out) throws IOException {
        JSON_IO.write(plain(value), out);
    }

    /** Reads a JSON object (the Lambda event); anything else is an {@link IOException}. */
    public static Map<String, Object> readObject(InputStream in) throws IOException {
        return JSON_IO.mapFrom(in);
    }

    /** The body of a request that must be {@code application/json}: 415 for other types, 400 unless a JSON object. */
    public static Map<String, Object> readObject(HttpRequest request) {
        if (!"application/json".equals(request.mediaType())) {
            throw new ApiError(415, "Unsupported content type. Use application/json.");
        }
        return readObject(request.body());
    }

    /** Parses a request body as a JSON object; anything else is a client error. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(byte[] body) {
        Object value;
        try {
            value = body.length == 0 ? null : read(body);
        } catch (IOException e) {
            throw ApiError.badRequest("The request body is not valid JSON.");
        }
        if (!(value instanceof Map<?, ?> object)) {
            throw ApiError.badRequest("The request body must be a JSON object.");
        }
        return (Map<String, Object>) object;
    }

    /** Parses one JSON value; malformed input, also anything after the value but white space, is an {@link IOException}. */
    public static Object read(byte[] json) throws IOException {
        try (JsonParser parser = JSON_IO.createParser(json)) {
            Object value = JSON_IO.anyFrom(parser);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "Unexpected content after the JSON value");
            }
            return value;
        }
    }

    /** An object with the given names and values, in that order; values may be null. */
    public static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    /** The object under {@code name}, or an empty one when it is missing or not an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> objectAt(Map<String, Object> object, String name) {
        return object.get(name) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The text of a string, number or boolean under {@code name}; {@code fallback} for null, objects and lists. */
    public static String textAt(Map<String, Object> object, String name, String fallback) {
        Object value = object.get(name);
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? value.toString() : fallback;
    }

    /** Whether a parsed value is a whole number (jackson-jr reads those as Integer, Long or BigInteger). */
    public static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger;
    }

    /** {@link JsonObject}s (also inside lists and maps) as their maps, so jackson-jr sees only plain values. */
    private static Object plain(Object value) {
        if (value instanceof JsonObject object) {
            return plain(object.toJson());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Json::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, plain(v)));
            return copy;
        }
        return value;
    }
}
