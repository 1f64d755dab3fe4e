package de.integreat.chat.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** A response in HTTP API payload 2.0 terms: status, headers and a JSON (or empty) body. */
public record HttpResponse(int statusCode, Map<String, String> headers, String body) {

    /** A JSON response; {@code value} is a {@link JsonObject} or a map (see {@link Json#write(Object)}). */
    public static HttpResponse json(int status, Object value) {
        return new HttpResponse(status, Map.of("content-type", "application/json"), Json.write(value));
    }

    /** A {@code 302} redirect to {@code location}. */
    public static HttpResponse redirect(String location) {
        return new HttpResponse(302, Map.of("location", location, "cache-control", "no-store"), "");
    }

    /** The same response with one more header. */
    public HttpResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpResponse(statusCode, Map.copyOf(copy), body);
    }

    /** The payload 2.0 response object Lambda returns to API Gateway. */
    public Map<String, Object> toEvent() {
        return Json.object("statusCode", statusCode, "headers", headers, "body", body, "isBase64Encoded", false);
    }
}
