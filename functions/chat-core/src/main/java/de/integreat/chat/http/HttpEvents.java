package de.integreat.chat.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Reads HTTP API payload 2.0 events from their JSON tree (no reflection, no event POJOs). */
public final class HttpEvents {

    private HttpEvents() {
    }

    /** Turns an event into a request; a malformed base64 body is a client error. */
    public static HttpRequest parse(JsonNode event) {
        JsonNode context = event.path("requestContext");
        String method = context.path("http").path("method").asText("");
        String path = text(event, "rawPath", context.path("http").path("path").asText(""));
        String routeKey = text(event, "routeKey", context.path("routeKey").asText(""));
        Map<String, String> headers = new HashMap<>();
        event.path("headers").fields().forEachRemaining(
                e -> headers.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
        return new HttpRequest(
                routeKey,
                method,
                path,
                headers,
                stringMap(event.path("queryStringParameters")),
                stringMap(event.path("pathParameters")),
                body(event),
                context.path("requestId").asText(""),
                stringMap(context.path("authorizer").path("jwt").path("claims")));
    }

    private static byte[] body(JsonNode event) {
        JsonNode body = event.get("body");
        if (body == null || body.isNull()) {
            return new byte[0];
        }
        if (event.path("isBase64Encoded").asBoolean(false)) {
            try {
                return Base64.getDecoder().decode(body.asText());
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("The request body is not valid base64.");
            }
        }
        return body.asText().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
        }
        return map;
    }
}
