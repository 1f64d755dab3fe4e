package de.integreat.chat.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP API payload 2.0 events as API Gateway sends them (route key, raw path, lower-case headers, JWT
 * claims, base64 for binary bodies). The harness builds its own because its device ids and hashes are
 * the ones it seeded; request ids and times are fixed, so every run sends the same bytes.
 */
final class Events {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String routeKey;
    private final Map<String, String> pathParameters = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> claims = new LinkedHashMap<>();
    private byte[] body;
    private boolean base64;

    private Events(String routeKey) {
        this.routeKey = routeKey;
        headers.put("accept", "application/json");
        headers.put("user-agent", "integreat-benchmark");
    }

    static Events route(String routeKey) {
        return new Events(routeKey);
    }

    Events path(String name, String value) {
        pathParameters.put(name, value);
        return this;
    }

    Events header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Events claim(String name, String value) {
        claims.put(name, value);
        return this;
    }

    Events body(String contentType, byte[] bytes, boolean binary) {
        headers.put("content-type", contentType);
        this.body = bytes;
        this.base64 = binary;
        return this;
    }

    Events form(String urlEncoded) {
        return body("application/x-www-form-urlencoded", urlEncoded.getBytes(StandardCharsets.UTF_8), false);
    }

    byte[] bytes() {
        try {
            return MAPPER.writeValueAsBytes(build());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    ObjectNode build() {
        String method = routeKey.substring(0, routeKey.indexOf(' '));
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        for (Map.Entry<String, String> p : pathParameters.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        ObjectNode event = MAPPER.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", path);
        event.put("rawQueryString", "");
        ObjectNode headerNode = event.putObject("headers");
        headers.forEach(headerNode::put);
        if (!pathParameters.isEmpty()) {
            ObjectNode p = event.putObject("pathParameters");
            pathParameters.forEach(p::put);
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "123456789012");
        context.put("apiId", "benchmark");
        context.put("domainName", "localhost");
        context.put("requestId", "benchmark-request");
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("time", "03/Dec/2026:12:00:00 +0000");
        context.put("timeEpoch", 1_796_300_000_000L);
        ObjectNode http = context.putObject("http");
        http.put("method", method);
        http.put("path", path);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", "integreat-benchmark");
        if (!claims.isEmpty()) {
            ObjectNode jwt = context.putObject("authorizer").putObject("jwt");
            ObjectNode claimNode = jwt.putObject("claims");
            claims.forEach(claimNode::put);
            jwt.putArray("scopes");
        }
        if (body != null) {
            event.put("body", base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", body != null && base64);
        return event;
    }
}
