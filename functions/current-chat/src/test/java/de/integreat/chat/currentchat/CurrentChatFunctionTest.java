package de.integreat.chat.currentchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.integreat.chat.appchat.AppChatService;
import de.integreat.chat.appchat.NewMessage;
import de.integreat.chat.settings.RegionSettings;
import de.integreat.chat.settings.RegionSettingsStore;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.testing.Concurrently;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.MutableClock;
import de.integreat.chat.testing.TestEnvironment;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CurrentChatFunctionTest {

    static final String ROUTE = "GET /api/v3/{region}/{language}/chat/{device_id}/";

    TestEnvironment env;
    MutableClock clock;
    CurrentChatFunction function;
    AppChatService chats;
    String device;

    @BeforeEach
    void setUp() {
        clock = MutableClock.startingNow();
        env = TestEnvironment.create().withClock(clock).with("USER_CHAT_READ_LIMIT", "5").demoRegions();
        function = new CurrentChatFunction(env.context());
        chats = new AppChatService(env.context(), RegionSettingsStore.from(env.context()));
        device = UUID.randomUUID().toString();
    }

    Response get(String deviceId) {
        return Lambda.invoke(function, HttpEvent.route(ROUTE).path("region", "augsburg").path("language", "de")
                .path("device_id", deviceId).build());
    }

    void post(String text) {
        chats.send("augsburg", "de", device, new NewMessage(text, List.of(), null, false), null);
    }

    @Test
    void deviceWithoutChatGets404() {
        Response response = get(device);

        assertEquals(404, response.status());
        assertEquals("Chat not found.", response.error());
    }

    @Test
    void returnsTheChatThatWasSent() {
        post("Hallo");
        post("Noch eine Frage");

        Response response = get(device);

        assertEquals(200, response.status(), response.body());
        JsonNode messages = response.json().path("messages");
        assertEquals(2, messages.size());
        assertEquals("Hallo", messages.get(0).path("content").asText());
        assertEquals(2, messages.get(1).path("id").asInt());
        assertFalse(response.json().has("ticket_url"));
    }

    @Test
    void regionErrorsFollowTheSpec() {
        Response disabled = Lambda.invoke(function, HttpEvent.route(ROUTE).path("region", "artland").path("language", "de")
                .path("device_id", device).build());
        Response unknown = Lambda.invoke(function, HttpEvent.route(ROUTE).path("region", "nowhere").path("language", "de")
                .path("device_id", device).build());
        Response language = Lambda.invoke(function, HttpEvent.route(ROUTE).path("region", "augsburg").path("language", "xx")
                .path("device_id", device).build());

        assertEquals(503, disabled.status());
        assertEquals("No chat server is configured for your region.", disabled.error());
        assertEquals(404, unknown.status());
        assertEquals("Region not found.", unknown.error());
        assertEquals(404, language.status());
        assertEquals("Language not found.", language.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a.b", "", "201"})
    void invalidDeviceIdIs400WithoutStorageAccess(String deviceId) {
        env.calls().reset();

        Response response = get(deviceId.equals("201") ? "d".repeat(201) : deviceId);

        assertEquals(400, response.status());
        assertEquals("Invalid device id.", response.error());
        assertEquals(0, env.calls().count());
    }

    @Test
    void readLimitIsExactUnderConcurrency() throws Exception {
        post("Hallo");
        List<Response> responses = Concurrently.run(12, () -> get(device));

        assertEquals(5, responses.stream().filter(r -> r.status() == 200).count());
        List<Response> limited = responses.stream().filter(r -> r.status() == 429).toList();
        assertEquals(7, limited.size());
        limited.forEach(r -> assertTrue(Integer.parseInt(r.header("retry-after")) >= 1));
    }

    @Test
    void readCounterStartsAgainInTheNextWindow() {
        post("Hallo");
        for (int i = 0; i < 5; i++) {
            assertEquals(200, get(device).status());
        }
        assertEquals(429, get(device).status());

        clock.advance(Duration.ofMinutes(5));

        assertEquals(200, get(device).status());
    }

    @Test
    void chatOlderThanRetentionIsNotFound() {
        post("Hallo");
        clock.advance(Duration.ofDays(RegionSettings.DEFAULT_RETENTION_DAYS).plusSeconds(1));

        assertEquals(404, get(device).status());
    }

    @Test
    void expiredMessageItemsAreNotReturned() {
        post("sichtbar");
        String chatId = stateItem().get("chatId").s();
        putMessage(chatId, 2, "abgelaufen", false, clock.millis() / 1000 - 1);

        JsonNode messages = get(device).json().path("messages");

        assertEquals(1, messages.size());
        assertEquals("sichtbar", messages.get(0).path("content").asText());
    }

    @Test
    void longChatShowsOnlyItsNewestMessagesOldestFirst() {
        post("Hallo");
        String chatId = stateItem().get("chatId").s();
        putMessages(chatId, 2, 520, "kurz");

        JsonNode messages = get(device).json().path("messages");

        assertEquals(500, messages.size());
        assertEquals(22, messages.get(0).path("id").asInt());
        assertEquals(521, messages.get(499).path("id").asInt());
    }

    @Test
    void chatTextIsBoundedSoTheResponseFitsLambdasLimit() {
        post("Hallo");
        String chatId = stateItem().get("chatId").s();
        putMessages(chatId, 2, 250, "ü".repeat(5000));

        Response response = get(device);

        assertEquals(200, response.json().path("messages").size());
        assertEquals(251, response.json().path("messages").get(199).path("id").asInt());
        assertTrue(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 6_000_000);
    }

    @Test
    void internalNotesNeverReachTheApp() {
        post("Frage");
        String chatId = stateItem().get("chatId").s();
        putMessage(chatId, 2, "interne Notiz", true, clock.millis() / 1000 + 3600);

        Response response = get(device);

        assertEquals(1, response.json().path("messages").size());
        assertFalse(response.body().contains("interne Notiz"));
    }

    @Test
    void expiredStateItemWithChatAndExhaustedCounterCountsAsAbsent() {
        post("Hallo");
        long now = clock.millis() / 1000;
        Map<String, AttributeValue> state = new HashMap<>(stateItem());
        state.put("readWindow", AttributeValue.fromN(Long.toString(now - now % 300)));
        state.put("readCount", AttributeValue.fromN("5"));
        state.put("expiresAt", AttributeValue.fromN(Long.toString(now - 1)));
        env.clients().dynamo().putItem(b -> b.tableName(env.table()).item(state));

        Response response = get(device);

        assertEquals(404, response.status(), "an expired counter must not limit and an expired chat must not show");
    }

    @Test
    void typingFlagIsShownUntilItExpires() {
        post("Hallo");
        setTypingUntil(clock.millis() / 1000 + 60);
        assertTrue(get(device).json().path("chatbot_typing").asBoolean());

        setTypingUntil(clock.millis() / 1000 - 1);
        assertFalse(get(device).json().path("chatbot_typing").asBoolean());
    }

    @Test
    void helpdeskUrlIsAddedAsTicketUrl() {
        RegionSettingsStore.from(env.context()).save(new RegionSettings("augsburg", true, true, 100, 90,
                List.of("de"), "https://integreat.app/augsburg/de/kontakt"));
        function = new CurrentChatFunction(env.context());
        post("Hallo");

        assertEquals("https://integreat.app/augsburg/de/kontakt", get(device).json().path("ticket_url").asText());
    }

    @Test
    void getOfExistingChatTakesAtMostTwoDynamoCalls() {
        post("Hallo");
        get(device);
        env.calls().reset();

        assertEquals(200, get(device).status());

        assertTrue(env.calls().count() <= 2, env.calls().operations().toString());
    }

    Map<String, AttributeValue> stateItem() {
        return env.clients().dynamo().getItem(b -> b.tableName(env.table()).key(Map.of(
                "pk", AttributeValue.fromS(Keys.device(device)), "sk", AttributeValue.fromS(Keys.deviceState("augsburg"))))).item();
    }

    void putMessage(String chatId, long id, String content, boolean internal, long expiresAt) {
        env.clients().dynamo().putItem(b -> b.tableName(env.table()).item(Map.of(
                "pk", AttributeValue.fromS(Keys.device(device)),
                "sk", AttributeValue.fromS(Keys.message("augsburg", chatId, id)),
                "id", AttributeValue.fromN(Long.toString(id)),
                "role", AttributeValue.fromS("agent"),
                "content", AttributeValue.fromS(content),
                "internal", AttributeValue.fromBool(internal),
                "createdAt", AttributeValue.fromN(Long.toString(clock.millis())),
                "expiresAt", AttributeValue.fromN(Long.toString(expiresAt)))));
    }

    void putMessages(String chatId, long firstId, int count, String content) {
        long expiresAt = clock.millis() / 1000 + 3600;
        List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> writes = new java.util.ArrayList<>();
        for (long next = firstId; next < firstId + count; next++) {
            long id = next;
            writes.add(software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder().putRequest(p -> p.item(Map.of(
                    "pk", AttributeValue.fromS(Keys.device(device)),
                    "sk", AttributeValue.fromS(Keys.message("augsburg", chatId, id)),
                    "id", AttributeValue.fromN(Long.toString(id)),
                    "role", AttributeValue.fromS("agent"),
                    "content", AttributeValue.fromS(content),
                    "createdAt", AttributeValue.fromN(Long.toString(clock.millis())),
                    "expiresAt", AttributeValue.fromN(Long.toString(expiresAt))))).build());
            if (writes.size() == 25 || next == firstId + count - 1) {
                List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> batch = List.copyOf(writes);
                env.clients().dynamo().batchWriteItem(b -> b.requestItems(Map.of(env.table(), batch)));
                writes.clear();
            }
        }
    }

    void setTypingUntil(long epochSeconds) {
        env.clients().dynamo().updateItem(b -> b.tableName(env.table())
                .key(Map.of("pk", AttributeValue.fromS(Keys.device(device)), "sk", AttributeValue.fromS(Keys.deviceState("augsburg"))))
                .updateExpression("SET typingUntil = :t")
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromN(Long.toString(epochSeconds)))));
    }
}
