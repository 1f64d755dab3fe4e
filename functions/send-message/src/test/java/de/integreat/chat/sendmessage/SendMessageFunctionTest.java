package de.integreat.chat.sendmessage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.integreat.chat.testing.Concurrently;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.MutableClock;
import de.integreat.chat.testing.Multipart;
import de.integreat.chat.testing.TestEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class SendMessageFunctionTest {

    static final String ROUTE = "POST /api/v3/{region}/{language}/chat/{device_id}/";

    TestEnvironment env;
    MutableClock clock;
    SendMessageFunction function;
    String device;

    @BeforeEach
    void setUp() {
        clock = MutableClock.startingNow();
        env = TestEnvironment.create().withClock(clock).with("USER_CHAT_SEND_LIMIT", "5").demoRegions();
        function = new SendMessageFunction(env.context());
        device = UUID.randomUUID().toString();
    }

    HttpEvent event(String deviceId) {
        return HttpEvent.route(ROUTE).path("region", "augsburg").path("language", "de").path("device_id", deviceId);
    }

    Response send(String text) {
        Multipart form = new Multipart().field("message", text);
        return Lambda.invoke(function, event(device).body(form.contentType(), form.bytes()).build());
    }

    @Test
    void firstMultipartPostCreatesChatWithMessageOne() {
        Response response = send("Hallo, ich habe eine Frage zur Anmeldung.");

        assertEquals(200, response.status(), response.body());
        JsonNode messages = response.json().path("messages");
        assertEquals(1, messages.size());
        JsonNode message = messages.get(0);
        assertEquals(1, message.path("id").asInt());
        assertEquals("Hallo, ich habe eine Frage zur Anmeldung.", message.path("content").asText());
        assertTrue(message.path("user_is_author").asBoolean());
        assertFalse(message.path("automatic_answer").asBoolean());
        assertEquals("user", message.path("role").asText());
        assertTrue(message.path("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertFalse(response.json().path("evaluation_consent").asBoolean());
        assertFalse(response.json().path("chatbot_typing").asBoolean());
    }

    @Test
    void secondPostAppendsWithNextId() {
        send("eins");
        JsonNode messages = send("zwei").json().path("messages");

        assertEquals(List.of(1, 2), List.of(messages.get(0).path("id").asInt(), messages.get(1).path("id").asInt()));
        assertEquals("zwei", messages.get(1).path("content").asText());
    }

    @Test
    void jsonAndUrlEncodedBodiesWork() {
        Response json = Lambda.invoke(function, event(device).json("{\"message\":\"per JSON\"}").build());
        Response form = Lambda.invoke(function, event(device)
                .body("application/x-www-form-urlencoded", "message=%C3%84rger+%26+mehr").build());

        assertEquals(200, json.status(), json.body());
        assertEquals(200, form.status(), form.body());
        assertEquals("Ärger & mehr", form.json().path("messages").get(1).path("content").asText());
    }

    @Test
    void base64EncodedBodyIsDecodedFirst() {
        Response response = Lambda.invoke(function, event(device)
                .body("application/json", "{\"message\":\"base64\"}".getBytes()).build());

        assertEquals(200, response.status(), response.body());
        assertEquals("base64", response.json().path("messages").get(0).path("content").asText());
    }

    @Test
    void unsupportedContentTypeIs415() {
        Response response = Lambda.invoke(function, event(device).body("text/plain", "hello").build());

        assertEquals(415, response.status());
        assertFalse(response.error().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"message\": ", "[1,2]", "{\"message\": {\"a\": 1}}", "{\"message\": 1e400}"})
    void malformedJsonIs400(String body) {
        assertEquals(400, Lambda.invoke(function, event(device).json(body).build()).status());
    }

    @Test
    void malformedMultipartIs400() {
        Response response = Lambda.invoke(function, event(device)
                .body("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\nno end").build());

        assertEquals(400, response.status(), response.body());
        assertEquals("The multipart body is malformed.", response.error());
    }

    @Test
    void emptyOrTooLongMessageIs400() {
        assertEquals("Message must not be empty.", send("   ").error());
        assertEquals(400, send("x".repeat(5001)).status());
        assertEquals(200, send("x".repeat(5000)).status());
    }

    @ParameterizedTest
    @CsvSource({"False,false", "0,false", "off,false", "True,true", "1,true", "on,true", "TRUE,true"})
    void evaluationConsentIsParsed(String sent, boolean stored) {
        Multipart form = new Multipart().field("message", "hi").field("evaluation_consent", sent);
        Response response = Lambda.invoke(function, event(device).body(form.contentType(), form.bytes()).build());

        assertEquals(200, response.status(), response.body());
        assertEquals(stored, response.json().path("evaluation_consent").asBoolean());
    }

    @Test
    void unparseableConsentIs400() {
        Multipart form = new Multipart().field("message", "hi").field("evaluation_consent", "maybe");

        assertEquals(400, Lambda.invoke(function, event(device).body(form.contentType(), form.bytes()).build()).status());
    }

    @Test
    void sendLimitIsExactUnderConcurrency() throws Exception {
        List<Response> responses = Concurrently.run(12, () -> send("message " + UUID.randomUUID()));

        assertEquals(5, responses.stream().filter(r -> r.status() == 200).count());
        List<Response> limited = responses.stream().filter(r -> r.status() == 429).toList();
        assertEquals(7, limited.size());
        for (Response r : limited) {
            assertTrue(Integer.parseInt(r.header("retry-after")) >= 1);
            assertEquals("Too many requests. Please try again later.", r.error());
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), storedMessageIds());
    }

    @Test
    void forceNewStartsNewChatButKeepsCount() {
        for (int i = 0; i < 3; i++) {
            send("alt " + i);
        }
        Multipart form = new Multipart().field("message", "neu").field("force_new", "true");
        Response fresh = Lambda.invoke(function, event(device).body(form.contentType(), form.bytes()).build());

        assertEquals(200, fresh.status(), fresh.body());
        assertEquals(1, fresh.json().path("messages").size());
        assertEquals(1, fresh.json().path("messages").get(0).path("id").asInt());
        assertEquals(200, send("fünf").status());
        assertEquals(429, send("sechs").status());
    }

    @Test
    void concurrentForceNewRequestsAllSucceedUnderTheLimit() throws Exception {
        function = new SendMessageFunction(TestEnvironment.create().demoRegions().context());
        Multipart form = new Multipart().field("message", "neu").field("force_new", "on");

        List<Response> responses = Concurrently.run(10, () ->
                Lambda.invoke(function, event(device).body(form.contentType(), form.bytes()).build()));

        assertEquals(List.of(200), responses.stream().map(Response::status).distinct().toList(),
                responses.stream().map(Response::body).toList().toString());
    }

    @Test
    void expiredChatIsReplacedByNewChatStartingAtOne() {
        send("alt");
        clock.advance(Duration.ofDays(91));

        JsonNode messages = send("neu").json().path("messages");

        assertEquals(1, messages.size());
        assertEquals(1, messages.get(0).path("id").asInt());
        assertEquals("neu", messages.get(0).path("content").asText());
    }

    @Test
    void retriedPostWithSameIdempotencyKeyStoresOnce() {
        Multipart first = new Multipart().field("message", "nur einmal");
        Multipart retry = new Multipart().field("message", "nur einmal");
        Response a = Lambda.invoke(function, event(device).header("Idempotency-Key", "k-1").body(first.contentType(), first.bytes()).build());
        Response b = Lambda.invoke(function, event(device).header("idempotency-key", "k-1").body(retry.contentType(), retry.bytes()).build());

        assertEquals(200, a.status(), a.body());
        assertEquals(200, b.status(), b.body());
        assertEquals(a.json().path("messages"), b.json().path("messages"));
        assertEquals(List.of(1L), storedMessageIds());
    }

    @Test
    void parallelRetriesWithOneIdempotencyKeyAllGetTheChatAndStoreOnce() throws Exception {
        List<Response> responses = Concurrently.run(4, () -> Lambda.invoke(function, event(device)
                .header("idempotency-key", "k-parallel").json("{\"message\":\"einmal\"}").build()));

        assertEquals(List.of(200), responses.stream().map(Response::status).distinct().toList(),
                responses.stream().map(Response::body).toList().toString());
        assertEquals(1, responses.stream().map(r -> r.json().path("messages")).distinct().count());
        assertEquals(List.of(1L), storedMessageIds());
    }

    @Test
    void sameIdempotencyKeyWithOtherMessageIs409() {
        Lambda.invoke(function, event(device).header("idempotency-key", "k-2").json("{\"message\":\"a\"}").build());
        Response other = Lambda.invoke(function, event(device).header("idempotency-key", "k-2").json("{\"message\":\"b\"}").build());

        assertEquals(409, other.status());
        assertEquals(List.of(1L), storedMessageIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a.b", "", "x"})
    void invalidDeviceIdIs400WithoutStorageAccess(String deviceId) {
        String id = deviceId.equals("x") ? "x".repeat(201) : deviceId;
        env.calls().reset();

        Response response = Lambda.invoke(function, event(id).json("{\"message\":\"hi\"}").build());

        assertEquals(400, response.status());
        assertEquals("Invalid device id.", response.error());
        assertEquals(0, env.calls().count());
    }

    @Test
    void regionErrorsFollowTheSpec() {
        Response disabled = Lambda.invoke(function, event(device).path("region", "artland").json("{\"message\":\"hi\"}").build());
        Response unknown = Lambda.invoke(function, event(device).path("region", "nowhere").json("{\"message\":\"hi\"}").build());
        Response language = Lambda.invoke(function, event(device).path("language", "xx").json("{\"message\":\"hi\"}").build());

        assertEquals(503, disabled.status());
        assertEquals("No chat server is configured for your region.", disabled.error());
        assertEquals(Map.of(404, "Region not found."), Map.of(unknown.status(), unknown.error()));
        assertEquals(Map.of(404, "Language not found."), Map.of(language.status(), language.error()));
    }

    @Test
    void textToExistingChatTakesAtMostThreeDynamoCalls() {
        send("erste");
        env.calls().reset();

        assertEquals(200, send("zweite").status());

        assertTrue(env.calls().count() <= 3, env.calls().operations().toString());
    }

    @Test
    void sameDeviceInAnotherRegionHasSeparateChat() {
        env.region("berlin", true, 100, List.of());
        send("augsburg");
        Response berlin = Lambda.invoke(function, event(device).path("region", "berlin").json("{\"message\":\"berlin\"}").build());

        assertEquals(1, berlin.json().path("messages").size());
        assertNotEquals("augsburg", berlin.json().path("messages").get(0).path("content").asText());
    }

    List<Long> storedMessageIds() {
        return env.clients().dynamo().query(q -> q.tableName(env.table())
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("DEVICE#" + device))))
                .items().stream()
                .filter(item -> item.get("sk").s().contains("#MSG#"))
                .map(item -> Long.parseLong(item.get("id").n()))
                .sorted()
                .toList();
    }
}
