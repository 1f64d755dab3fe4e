package de.integreat.chat.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One API Gateway HTTP API (payload 2.0) request, reduced to what the functions use.
 *
 * @param routeKey       the matched route, e.g. {@code GET /api/v3/{region}/{device_id}/is_chat_enabled/}
 * @param headers        header names lower-cased, as API Gateway delivers them
 * @param body           the raw body, already base64-decoded when the event said so
 * @param claims         the JWT authorizer's claims; empty when the route has no authorizer
 */
public record HttpRequest(
        String routeKey,
        String method,
        String path,
        Map<String, String> headers,
        Map<String, String> queryParameters,
        Map<String, String> pathParameters,
        byte[] body,
        String requestId,
        Map<String, String> claims) {

    /** A header's value, looked up case-insensitively, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** A path parameter, or the empty string when absent. */
    public String pathParameter(String name) {
        return pathParameters.getOrDefault(name, "");
    }

    /** A query string parameter, or null. */
    public String query(String name) {
        return queryParameters.get(name);
    }

    /** The media type of the body without parameters, lower-cased, or the empty string. */
    public String mediaType() {
        String contentType = header("content-type");
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
