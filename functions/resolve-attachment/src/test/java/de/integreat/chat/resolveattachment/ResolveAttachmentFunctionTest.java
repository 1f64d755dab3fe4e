package de.integreat.chat.resolveattachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.integreat.chat.appchat.AppChatService;
import de.integreat.chat.appchat.ChatView;
import de.integreat.chat.appchat.NewMessage;
import de.integreat.chat.http.Upload;
import de.integreat.chat.settings.RegionSettingsStore;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.MutableClock;
import de.integreat.chat.testing.TestEnvironment;
import de.integreat.chat.testing.TestFiles;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ResolveAttachmentFunctionTest {

    static final String ROUTE = "GET /api/v3/{region}/{language}/chat/{device_id}/{attachment_hash}/";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    TestEnvironment env;
    MutableClock clock;
    ResolveAttachmentFunction function;
    AppChatService chats;
    String device;

    @BeforeEach
    void setUp() {
        clock = MutableClock.startingNow();
        env = TestEnvironment.create().withClock(clock).demoRegions();
        function = new ResolveAttachmentFunction(env.context());
        chats = new AppChatService(env.context(), RegionSettingsStore.from(env.context()));
        device = UUID.randomUUID().toString();
    }

    String sendFile(String deviceId, String filename, byte[] content) {
        ChatView chat = chats.send("augsburg", "de", deviceId, new NewMessage("Datei", List.of(
                new Upload("attachment", filename, "application/pdf", content)), null, false), null);
        return chat.messages().get(chat.messages().size() - 1).attachments().get(0).hash();
    }

    Response resolve(String deviceId, String hash) {
        return Lambda.invoke(function, HttpEvent.route(ROUTE).path("region", "augsburg").path("language", "de")
                .path("device_id", deviceId).path("attachment_hash", hash).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Formular A (1).pdf", "Ärztliche Bescheinigung.pdf"})
    void redirectsToThePresignedObjectWithTypeAndOriginalName(String filename) throws Exception {
        byte[] pdf = TestFiles.pdf(48_213, filename);
        String hash = sendFile(device, filename, pdf);
        assertTrue(hash.matches("[0-9a-f]{64}"));

        Response redirect = resolve(device, hash);

        assertEquals(302, redirect.status(), redirect.body());
        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(redirect.header("location"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", download.headers().firstValue("content-type").orElseThrow());
        assertEquals(filename, decodedFilename(download.headers().firstValue("content-disposition").orElseThrow()));
    }

    @Test
    void unknownForeignAndMalformedHashesGiveIdenticalNotFound() {
        String hash = sendFile(device, "a.pdf", TestFiles.pdf(100, "a"));
        String other = UUID.randomUUID().toString();
        chats.send("augsburg", "de", other, new NewMessage("hi", List.of(), null, false), null);

        Response foreign = resolve(other, hash);
        Response unknown = resolve(device, "0".repeat(64));
        Response malformed = resolve(device, "xyz");

        for (Response response : List.of(foreign, unknown, malformed)) {
            assertEquals(404, response.status());
            assertEquals("{\"error\":\"Attachment not found.\"}", response.body());
        }
    }

    @Test
    void attachmentOfAnExpiredChatIsNotFound() {
        String hash = sendFile(device, "a.pdf", TestFiles.pdf(100, "a"));
        clock.advance(Duration.ofDays(91));

        assertEquals(404, resolve(device, hash).status());
    }

    @Test
    void attachmentMapPastItsExpiryIsNotFoundThoughItExists() {
        String hash = sendFile(device, "a.pdf", TestFiles.pdf(100, "a"));
        env.clients().dynamo().updateItem(b -> b.tableName(env.table())
                .key(Map.of("pk", AttributeValue.fromS(Keys.attachment(hash)), "sk", AttributeValue.fromS(Keys.META)))
                .updateExpression("SET expiresAt = :past")
                .expressionAttributeValues(Map.of(":past", AttributeValue.fromN(Long.toString(clock.millis() / 1000 - 1)))));

        assertEquals(404, resolve(device, hash).status());
    }

    @Test
    void resolvingTakesAtMostTwoDynamoCalls() {
        String hash = sendFile(device, "a.pdf", TestFiles.pdf(100, "a"));
        resolve(device, hash);
        env.calls().reset();

        assertEquals(302, resolve(device, hash).status());

        assertTrue(env.calls().count() <= 2, env.calls().operations().toString());
    }

    @Test
    void resolvingCountsAgainstTheReadLimit() {
        env.with("USER_CHAT_READ_LIMIT", "2");
        function = new ResolveAttachmentFunction(env.context());
        String hash = sendFile(device, "a.pdf", TestFiles.pdf(100, "a"));

        assertEquals(302, resolve(device, hash).status());
        assertEquals(302, resolve(device, hash).status());
        Response limited = resolve(device, hash);

        assertEquals(429, limited.status());
        assertTrue(Integer.parseInt(limited.header("retry-after")) >= 1);
    }

    /** The RFC 5987 {@code filename*} value, decoded. */
    static String decodedFilename(String contentDisposition) {
        Matcher m = Pattern.compile("filename\\*=UTF-8''([^;]+)").matcher(contentDisposition);
        assertTrue(m.find(), contentDisposition);
        return URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
