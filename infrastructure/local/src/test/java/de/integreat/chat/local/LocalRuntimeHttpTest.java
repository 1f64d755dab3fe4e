package de.integreat.chat.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.integreat.chat.testing.Multipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local runtime over real HTTP, as the app and the README's curl examples use it. */
class LocalRuntimeHttpTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static LocalRuntime.Server server;

    @BeforeAll
    static void start() throws Exception {
        server = LocalRuntime.start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    @Test
    void isChatEnabledAnswersPerRegion() throws Exception {
        String device = UUID.randomUUID().toString();

        assertEquals("{\"is_chat_enabled\":true}", get("/api/v3/augsburg/" + device + "/is_chat_enabled/").body());
        assertEquals("{\"is_chat_enabled\":false}", get("/api/v3/artland/" + device + "/is_chat_enabled/").body());
        assertEquals(200, get("/api/v3/augsburg/" + device + "/is_chat_enabled").statusCode());
    }

    @Test
    void appSendsMultipartAndReadsItsChat() throws Exception {
        String device = UUID.randomUUID().toString();
        assertEquals(404, get("/api/v3/augsburg/de/chat/" + device + "/").statusCode());
        Multipart form = new Multipart().field("message", "Hallo, ich habe eine Frage zur Anmeldung.");

        HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(uri("/api/v3/augsburg/de/chat/" + device + "/"))
                .header("Content-Type", form.contentType())
                .POST(BodyPublishers.ofByteArray(form.bytes())).build(), BodyHandlers.ofString());

        assertEquals(200, sent.statusCode(), sent.body());
        JsonNode message = MAPPER.readTree(sent.body()).path("messages").get(0);
        assertEquals(1, message.path("id").asInt());
        assertTrue(message.path("user_is_author").asBoolean());
        assertEquals("user", message.path("role").asText());
        HttpResponse<String> read = get("/api/v3/augsburg/de/chat/" + device + "/");
        assertEquals(MAPPER.readTree(sent.body()), MAPPER.readTree(read.body()));
    }

    @Test
    void unknownRoutesAnswerLikeApiGateway() throws Exception {
        HttpResponse<String> response = get("/api/v3/augsburg/nothing/here");

        assertEquals(404, response.statusCode());
        assertEquals("{\"message\":\"Not Found\"}", response.body());
    }

    @Test
    void encodedSlashInDeviceIdIsRejected() throws Exception {
        HttpResponse<String> response = get("/api/v3/augsburg/de/chat/..%2Fx/");

        assertEquals(400, response.statusCode());
        assertEquals("{\"error\":\"Invalid device id.\"}", response.body());
    }

    @Test
    void corsFollowsTheTemplateForAllowedOriginsOnly() throws Exception {
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(uri("/cms/v1/regions/augsburg/settings"))
                .method("OPTIONS", BodyPublishers.noBody()).header("Origin", "https://cms.integreat-app.de")
                .header("Access-Control-Request-Method", "PUT").build(), BodyHandlers.ofString());
        HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(uri("/api/v3/augsburg/abc/is_chat_enabled/"))
                .header("Origin", "https://evil.example").build(), BodyHandlers.ofString());
        HttpResponse<String> allowed = HTTP.send(HttpRequest.newBuilder(uri("/api/v3/augsburg/abc/is_chat_enabled/"))
                .header("Origin", "https://integreat.app").build(), BodyHandlers.ofString());

        assertEquals(204, preflight.statusCode());
        assertEquals("https://cms.integreat-app.de", preflight.headers().firstValue("access-control-allow-origin").orElse(null));
        assertTrue(preflight.headers().firstValue("access-control-allow-headers").orElse("").contains("idempotency-key"));
        assertTrue(foreign.headers().firstValue("access-control-allow-origin").isEmpty());
        assertEquals("https://integreat.app", allowed.headers().firstValue("access-control-allow-origin").orElse(null));
    }

    @Test
    void cmsRoutesNeedAValidToken() throws Exception {
        String valid = LocalRuntime.token(List.of("token", "--sub", "u1", "--name", "Alex", "--roles", "staff"));
        String expired = LocalRuntime.token(List.of("token", "--sub", "u1", "--roles", "staff", "--ttl", "-5"));

        assertEquals(401, get("/cms/v1/regions/augsburg/settings").statusCode());
        assertEquals(401, withToken("/cms/v1/regions/augsburg/settings", expired).statusCode());
        assertEquals(401, withToken("/cms/v1/regions/augsburg/settings", valid + "x").statusCode());
        HttpResponse<String> ok = withToken("/cms/v1/regions/augsburg/settings", valid);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(MAPPER.readTree(ok.body()).path("app_chat_enabled").asBoolean());
    }

    @Test
    void tokenForAnotherAudienceIsRefused() throws Exception {
        String foreign = LocalJwt.loadOrCreate("some-other-api").issue("u1", "Alex", List.of("staff"), java.time.Duration.ofMinutes(5));

        assertEquals(401, withToken("/cms/v1/regions/augsburg/settings", foreign).statusCode());
    }

    @Test
    void bodiesOverTheLambdaPayloadLimitGet413() throws Exception {
        byte[] big = new byte[Gateway.MAX_EVENT_BYTES * 3 / 4 + 1];
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/v3/augsburg/de/chat/dev/"))
                .header("Content-Type", "application/octet-stream")
                .POST(BodyPublishers.ofByteArray(big)).build(), BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
    }

    static HttpResponse<String> withToken(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
                BodyHandlers.ofString());
    }
}
