package de.integreat.chat.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.integreat.chat.emulators.SamTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A local HTTP API: matches each request against the template's routes, applies the JWT authorizer,
 * turns it into a payload 2.0 event, invokes the route's function and writes its response back.
 */
public final class Gateway implements AutoCloseable {

    /** HTTP API's request body limit. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /** Lambda's synchronous invocation payload limit, which the event (with its base64 body) must fit. */
    static final int MAX_EVENT_BYTES = 6 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(Gateway.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Target(RouteMatcher route, RequestStreamHandler handler) {
    }

    private final List<Target> targets = new ArrayList<>();
    private final LocalJwt jwt;
    private final Cors cors;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(32);

    Gateway(SamTemplate template, LocalAws aws, LocalJwt jwt, int port) throws IOException {
        this.jwt = jwt;
        this.cors = Cors.from(template, System.getenv());
        for (SamTemplate.FunctionSpec function : template.functions()) {
            RequestStreamHandler handler = aws.handler(function);
            function.routes().forEach(route -> targets.add(new Target(new RouteMatcher(route), handler)));
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int routeCount() {
        return targets.size();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("/.well-known/jwks.json".equals(exchange.getRequestURI().getRawPath())) {
                send(exchange, 200, Map.of("content-type", "application/json"), List.of(), jwt.jwks().getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            if (cors.isPreflight(method, exchange.getRequestHeaders())) {
                cors.addPreflightHeaders(exchange.getRequestHeaders(), exchange.getResponseHeaders());
                send(exchange, 204, Map.of(), List.of(), new byte[0]);
                return;
            }
            cors.addResponseHeaders(exchange.getRequestHeaders(), exchange.getResponseHeaders());
            Optional<Target> target = targets.stream().filter(t -> t.route().matches(method, path)).findFirst();
            if (target.isEmpty()) {
                sendMessage(exchange, 404, "Not Found");
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                sendMessage(exchange, 413, "Request Entity Too Large");
                return;
            }
            Map<String, String> claims = Map.of();
            if (target.get().route().spec().authorizer() != null) {
                Optional<Map<String, String>> verified = jwt.verify(exchange.getRequestHeaders().getFirst("Authorization"));
                if (verified.isEmpty()) {
                    sendMessage(exchange, 401, "Unauthorized");
                    return;
                }
                claims = verified.get();
            }
            byte[] event = MAPPER.writeValueAsBytes(GatewayEvents.build(exchange, target.get().route(), body, claims));
            if (event.length > MAX_EVENT_BYTES) {
                sendMessage(exchange, 413, "Request Entity Too Large");
                return;
            }
            invoke(exchange, target.get().handler(), event);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Local gateway failure", e);
            sendMessage(exchange, 500, "Internal Server Error");
        }
    }

    private void invoke(HttpExchange exchange, RequestStreamHandler handler, byte[] event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, null);
        JsonNode response = MAPPER.readTree(out.toByteArray());
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        response.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        List<String> cookies = new ArrayList<>();
        response.path("cookies").forEach(c -> cookies.add(c.asText()));
        String text = response.path("body").asText("");
        byte[] body = response.path("isBase64Encoded").asBoolean(false)
                ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
        send(exchange, response.path("statusCode").asInt(200), headers, cookies, body);
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void sendMessage(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode body = MAPPER.createObjectNode().put("message", message);
        send(exchange, status, Map.of("content-type", "application/json"), List.of(), MAPPER.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, List<String> cookies,
                             byte[] body) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        cookies.forEach(cookie -> exchange.getResponseHeaders().add("Set-Cookie", cookie));
        boolean empty = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            exchange.getResponseBody().write(body);
        }
    }
}
