package de.integreat.chat.emulators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds API Gateway HTTP API payload 2.0 events as the gateway sends them: route key, raw path with
 * the parameters filled in, lower-cased headers, base64 bodies for binary content, JWT claims. Used by the
 * tests and the benchmark harness.
 */
public final class HttpEvent {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String routeKey;
    private final Map<String, String> pathParameters = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> claims = new LinkedHashMap<>();
    private byte[] body;
    private boolean base64;
    private String requestId = UUID.randomUUID().toString();
    private long timeEpoch = System.currentTimeMillis();

    private HttpEvent(String routeKey) {
        this.routeKey = routeKey;
    }

    /** An event for a route key as written in template.yaml, e.g. {@code GET /api/v3/{region}/...}. */
    public static HttpEvent route(String routeKey) {
        return new HttpEvent(routeKey);
    }

    public HttpEvent path(String name, String value) {
        pathParameters.put(name, value);
        return this;
    }

    public HttpEvent header(String name, String value) {
        headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
        return this;
    }

    public HttpEvent query(String name, String value) {
        query.put(name, value);
        return this;
    }

    public HttpEvent claim(String name, String value) {
        claims.put(name, value);
        return this;
    }

    /** The JWT claims of a CMS user, with roles as API Gateway passes {@code cognito:groups}: {@code [a b]}. */
    public HttpEvent caller(String sub, String name, String... roles) {
        return claim("sub", sub).claim("name", name).claim("cognito:groups", "[" + String.join(" ", roles) + "]");
    }

    /** A text body with its content type. */
    public HttpEvent body(String contentType, String text) {
        header("content-type", contentType);
        this.body = text.getBytes(StandardCharsets.UTF_8);
        this.base64 = false;
        return this;
    }

    /** A binary body (sent base64-encoded, as API Gateway does for non-text types). */
    public HttpEvent body(String contentType, byte[] bytes) {
        header("content-type", contentType);
        this.body = bytes;
        this.base64 = true;
        return this;
    }

    public HttpEvent json(String json) {
        return body("application/json", json);
    }

    /** Fixes the request id and time, so that the event is the same bytes every time (benchmarks). */
    public HttpEvent fixed(String id, long epochMillis) {
        this.requestId = id;
        this.timeEpoch = epochMillis;
        return this;
    }

    /** The event as JSON bytes. */
    public byte[] bytes() {
        try {
            return MAPPER.writeValueAsBytes(build());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode build() {
        String method = routeKey.substring(0, routeKey.indexOf(' '));
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        for (Map.Entry<String, String> p : pathParameters.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        ObjectNode event = MAPPER.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", path);
        StringBuilder rawQuery = new StringBuilder();
        query.forEach((k, v) -> rawQuery.append(rawQuery.isEmpty() ? "" : "&").append(k).append('=').append(v));
        event.put("rawQueryString", rawQuery.toString());
        ObjectNode headerNode = event.putObject("headers");
        headers.forEach(headerNode::put);
        if (!query.isEmpty()) {
            ObjectNode q = event.putObject("queryStringParameters");
            query.forEach(q::put);
        }
        if (!pathParameters.isEmpty()) {
            ObjectNode p = event.putObject("pathParameters");
            pathParameters.forEach(p::put);
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "123456789012");
        context.put("apiId", "local");
        context.put("domainName", "localhost");
        context.put("requestId", requestId);
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("timeEpoch", timeEpoch);
        ObjectNode http = context.putObject("http");
        http.put("method", method);
        http.put("path", path);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", "test");
        if (!claims.isEmpty()) {
            ObjectNode claimNode = context.putObject("authorizer").putObject("jwt").putObject("claims");
            claims.forEach(claimNode::put);
            context.with("authorizer").with("jwt").putArray("scopes");
        }
        if (body != null) {
            event.put("body", base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", body != null && base64);
        return event;
    }
}
