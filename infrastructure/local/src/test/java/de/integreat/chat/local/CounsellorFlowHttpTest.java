package de.integreat.chat.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.integreat.chat.testing.Multipart;
import de.integreat.chat.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A counsellor answers an app user, all over HTTP through the local runtime, with tokens from the token command. */
class CounsellorFlowHttpTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static LocalRuntime.Server server;
    static String counsellor;
    static String otherRegion;

    @BeforeAll
    static void start() throws Exception {
        server = LocalRuntime.start(0);
        counsellor = tokenCommand("--sub", "c1", "--name", "Clara", "--roles", "counsellor:augsburg");
        otherRegion = tokenCommand("--sub", "c2", "--name", "Arne", "--roles", "counsellor:artland");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Runs the {@code token} command and returns the last line it prints, as the README's scripts do. */
    static String tokenCommand(String... options) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            String[] args = new String[options.length + 1];
            args[0] = "token";
            System.arraycopy(options, 0, args, 1, options.length);
            LocalRuntime.main(args);
        } finally {
            System.setOut(original);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    static HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        return MAPPER.readTree(response.body());
    }

    @Test
    void counsellorAnswersAnAppUserWithTextAndAPdf() throws Exception {
        String device = UUID.randomUUID().toString();
        String appChat = "/api/v3/augsburg/de/chat/" + device + "/";
        Multipart question = new Multipart().field("message", "Wo melde ich mich an?");
        HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + appChat))
                .header("Content-Type", question.contentType()).POST(BodyPublishers.ofByteArray(question.bytes())).build(),
                BodyHandlers.ofString());

        JsonNode chats = json(call("GET", "/cms/v1/regions/augsburg/chats", counsellor, null), 200).path("chats");
        String chatId = chats.get(0).path("chat_id").asText();
        assertEquals(1, json(call("GET", "/cms/v1/regions/augsburg/chats/" + chatId + "/messages", counsellor, null), 200)
                .path("messages").size(), "the newest chat is the app user's");

        byte[] pdf = TestFiles.pdf(20_000, "antwort");
        JsonNode upload = json(call("POST", "/cms/v1/regions/augsburg/chats/" + chatId + "/attachments", counsellor,
                "{\"filename\":\"Antwort (1).pdf\",\"content_type\":\"application/pdf\",\"size\":" + pdf.length + "}"), 201);
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(upload.path("upload_url").asText()))
                .PUT(BodyPublishers.ofByteArray(pdf));
        upload.path("upload_headers").fields().forEachRemaining(h -> {
            if (!h.getKey().equalsIgnoreCase("content-length") && !h.getKey().equalsIgnoreCase("host")) {
                put.header(h.getKey(), h.getValue().asText());
            }
        });
        assertEquals(200, HTTP.send(put.build(), BodyHandlers.ofString()).statusCode());
        String hash = upload.path("id").asText();
        json(call("POST", "/cms/v1/regions/augsburg/chats/" + chatId + "/messages", counsellor,
                "{\"text\":\"Im Bürgerbüro, hier das Formular.\",\"attachments\":[\"" + hash + "\"]}"), 201);

        JsonNode reply = json(call("GET", appChat, null, null), 200).path("messages").get(1);
        assertFalse(reply.path("user_is_author").asBoolean());
        assertEquals("agent", reply.path("role").asText());
        assertEquals(hash, reply.path("attachments").get(0).path("id").asText());
        HttpResponse<String> redirect = call("GET", appChat + hash + "/", null, null);
        assertEquals(302, redirect.statusCode());
        HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(URI.create(redirect.headers().firstValue("location")
                .orElseThrow())).build(), BodyHandlers.ofByteArray());
        assertArrayEquals(pdf, file.body());
    }

    @Test
    void internalNotesStayWithCounsellorsAndBotAnswersAreAutomatic() throws Exception {
        String device = UUID.randomUUID().toString();
        String appChat = "/api/v3/augsburg/de/chat/" + device + "/";
        json(call("POST", appChat, null, "{\"message\":\"Hallo\"}"), 200);
        String chatId = json(call("GET", "/cms/v1/regions/augsburg/chats", counsellor, null), 200)
                .path("chats").get(0).path("chat_id").asText();

        json(call("POST", "/cms/v1/regions/augsburg/chats/" + chatId + "/messages", counsellor,
                "{\"text\":\"Notiz: bitte Termin anbieten\",\"internal\":true}"), 201);
        json(call("POST", "/cms/v1/regions/augsburg/chats/" + chatId + "/messages", counsellor,
                "{\"text\":\"Automatische Antwort\",\"automatic\":true}"), 201);

        JsonNode inbox = json(call("GET", "/cms/v1/regions/augsburg/chats/" + chatId + "/messages", counsellor, null), 200);
        assertTrue(inbox.path("messages").findValues("internal").stream().anyMatch(JsonNode::asBoolean));
        HttpResponse<String> app = call("GET", appChat, null, null);
        assertFalse(app.body().contains("Notiz"));
        JsonNode messages = MAPPER.readTree(app.body()).path("messages");
        assertEquals(2, messages.size());
        assertTrue(messages.get(1).path("automatic_answer").asBoolean());
    }

    @Test
    void counsellorOfAnotherRegionIsRefused() throws Exception {
        String device = UUID.randomUUID().toString();
        json(call("POST", "/api/v3/augsburg/de/chat/" + device + "/", null, "{\"message\":\"Hallo\"}"), 200);
        String chatId = json(call("GET", "/cms/v1/regions/augsburg/chats", counsellor, null), 200)
                .path("chats").get(0).path("chat_id").asText();

        assertEquals(403, call("GET", "/cms/v1/regions/augsburg/chats", otherRegion, null).statusCode());
        assertEquals(403, call("POST", "/cms/v1/regions/augsburg/chats/" + chatId + "/messages", otherRegion,
                "{\"text\":\"Hallo\"}").statusCode());
        assertEquals(401, call("GET", "/cms/v1/regions/augsburg/chats", null, null).statusCode());
    }
}
