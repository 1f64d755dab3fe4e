package de.integreat.chat.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads HTTP API payload 2.0 events from their parsed JSON (no reflection, no event POJOs). */
public final class HttpEvents {

    private HttpEvents() {
    }

    /** Turns an event into a request; a malformed base64 body is a client error. */
    public static HttpRequest parse(Map<String, Object> event) {
        Map<String, Object> context = Json.objectAt(event, "requestContext");
        Map<String, Object> http = Json.objectAt(context, "http");
        String method = Json.textAt(http, "method", "");
        String path = Json.textAt(event, "rawPath", Json.textAt(http, "path", ""));
        String routeKey = Json.textAt(event, "routeKey", Json.textAt(context, "routeKey", ""));
        Map<String, String> headers = new HashMap<>();
        stringMap(Json.objectAt(event, "headers")).forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        return new HttpRequest(
                routeKey,
                method,
                path,
                headers,
                stringMap(Json.objectAt(event, "queryStringParameters")),
                stringMap(Json.objectAt(event, "pathParameters")),
                body(event),
                Json.textAt(context, "requestId", ""),
                stringMap(Json.objectAt(Json.objectAt(Json.objectAt(context, "authorizer"), "jwt"), "claims")));
    }

    private static byte[] body(Map<String, Object> event) {
        String body = Json.textAt(event, "body", null);
        if (body == null) {
            return new byte[0];
        }
        if (Boolean.TRUE.equals(event.get("isBase64Encoded"))) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("The request body is not valid base64.");
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** Text values as they are; nested objects and lists (e.g. array claims) as their JSON. */
    private static Map<String, String> stringMap(Map<String, Object> object) {
        Map<String, String> map = new HashMap<>();
        object.forEach((name, value) -> {
            if (value != null) {
                map.put(name, value instanceof Map || value instanceof List ? Json.write(value) : value.toString());
            }
        });
        return map;
    }
}
