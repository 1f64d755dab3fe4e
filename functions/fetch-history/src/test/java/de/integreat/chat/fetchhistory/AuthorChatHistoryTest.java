package de.integreat.chat.fetchhistory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.f4b6a3.ulid.Ulid;
import de.integreat.chat.sendmessage.SendMessageFunction;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.MutableClock;
import de.integreat.chat.testing.TestEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class AuthorChatHistoryTest {

    static final String POST = "POST /cms/v1/author-chat/messages";
    static final String GET = "GET /cms/v1/author-chat/messages/";

    TestEnvironment env;
    MutableClock clock;
    SendMessageFunction send;
    FetchHistoryFunction fetch;

    @BeforeEach
    void setUp() {
        clock = MutableClock.startingNow();
        env = TestEnvironment.create().withClock(clock).with("AUTHOR_MESSAGE_MAX_CHARS", "20");
        send = new SendMessageFunction(env.context());
        fetch = new FetchHistoryFunction(env.context());
    }

    Response post(String sub, String name, String role, String text) {
        return Lambda.invoke(send, HttpEvent.route(POST).caller(sub, name, role)
                .json("{\"text\":" + (text == null ? "null" : "\"" + text + "\"") + "}").build());
    }

    Response history(HttpEvent event) {
        return Lambda.invoke(fetch, event.caller("alice", "Alice", "management").build());
    }

    List<String> texts(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.path("messages").forEach(m -> texts.add(m.path("text").asText()));
        return texts;
    }

    void insertDirectly(String text, Duration age) {
        long sentAt = clock.millis() - age.toMillis();
        String id = new Ulid(sentAt, new byte[10]).toString();
        env.clients().dynamo().putItem(b -> b.tableName(env.table()).item(Map.of(
                "pk", AttributeValue.fromS("AUTHORCHAT"), "sk", AttributeValue.fromS("MSG#" + id),
                "senderId", AttributeValue.fromS("dave"), "senderName", AttributeValue.fromS("Dave"),
                "text", AttributeValue.fromS(text), "sentAt", AttributeValue.fromN(Long.toString(sentAt)),
                "expiresAt", AttributeValue.fromN(Long.toString(clock.millis() / 1000 + 86_400)))));
    }

    @Test
    void threeUsersPostAndHistoryIsNewestFirstWithSender() {
        Response first = post("alice", "Alice", "management", "Hallo zusammen");
        clock.advance(Duration.ofSeconds(1));
        post("bob", "Bob", "staff", "Moin");
        clock.advance(Duration.ofSeconds(1));
        post("carol", "Carol", "management", "  Servus  ");

        assertEquals(201, first.status(), first.body());
        assertEquals("Hallo zusammen", first.json().path("text").asText());
        assertEquals(26, first.json().path("id").asText().length());
        JsonNode page = history(HttpEvent.route(GET)).json();
        assertEquals(List.of("Servus", "Moin", "Hallo zusammen"), texts(page));
        JsonNode newest = page.path("messages").get(0);
        assertEquals("carol", newest.path("sender").path("id").asText());
        assertEquals("Carol", newest.path("sender").path("name").asText());
        assertEquals("bob", page.path("messages").get(1).path("sender").path("id").asText());
        assertTrue(newest.path("sent_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertTrue(page.path("next_cursor").isNull());
    }

    @Test
    void historyHoldsOnlyMessagesSentStrictlyWithinThirtyDays() {
        insertDirectly("thirty days and a second", Duration.ofDays(30).plusSeconds(1));
        insertDirectly("exactly thirty days", Duration.ofDays(30));
        insertDirectly("twenty-nine days", Duration.ofDays(29));

        JsonNode page = history(HttpEvent.route(GET)).json();

        assertEquals(List.of("twenty-nine days"), texts(page));
        assertEquals(1, page.path("unread_count").asInt());
    }

    @Test
    void pagingWhileNewMessagesArriveReturnsEveryOldMessageExactlyOnce() {
        for (int i = 1; i <= 5; i++) {
            post("alice", "Alice", "management", "old " + i);
            clock.advance(Duration.ofMillis(10));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpEvent event = HttpEvent.route(GET).query("limit", "2");
            if (cursor != null) {
                event.query("cursor", cursor);
            }
            Response response = history(event);
            assertEquals(200, response.status(), response.body());
            seen.addAll(texts(response.json()));
            cursor = response.json().path("next_cursor").isNull() ? null : response.json().path("next_cursor").asText();
            if (pages++ < 2) {
                post("bob", "Bob", "staff", "new " + pages);
                clock.advance(Duration.ofMillis(10));
            }
        } while (cursor != null);

        assertEquals(List.of("old 5", "old 4", "old 3", "old 2", "old 1"), seen);
        assertEquals(List.of("new 2", "new 1", "old 5"), texts(history(HttpEvent.route(GET).query("limit", "3")).json()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage!", "eyJmb28iOjF9", "W10"})
    void badCursorIs400(String cursor) {
        post("alice", "Alice", "management", "eins");

        Response response = history(HttpEvent.route(GET).query("cursor", cursor));

        assertEquals(400, response.status(), response.body());
        assertEquals("Invalid cursor.", response.error());
    }

    @Test
    void cursorWhoseMessageLeftTheHistoryWindowGivesAnEmptyLastPage() {
        insertDirectly("noch älter", Duration.ofDays(29).plusHours(1));
        insertDirectly("alt", Duration.ofDays(29));
        post("alice", "Alice", "management", "neu");
        Response first = history(HttpEvent.route(GET).query("limit", "2"));
        assertEquals(List.of("neu", "alt"), texts(first.json()));
        String cursor = first.json().path("next_cursor").asText();
        clock.advance(Duration.ofDays(2));

        Response next = history(HttpEvent.route(GET).query("limit", "2").query("cursor", cursor));

        assertEquals(200, next.status(), next.body());
        assertEquals(List.of(), texts(next.json()));
        assertTrue(next.json().path("next_cursor").isNull());
    }

    @Test
    void cursorBeforeTheHistoryWindowGivesAnEmptyPageNotAnError() {
        post("alice", "Alice", "management", "eins");
        String json = "{\"pk\":[\"S\",\"AUTHORCHAT\"],\"sk\":[\"S\",\"MSG#\"]}";
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes());

        Response response = history(HttpEvent.route(GET).query("cursor", cursor));

        assertEquals(200, response.status(), response.body());
        assertEquals(List.of(), texts(response.json()));
    }

    @Test
    void aBodyThatIsNotDeclaredAsJsonIs415AndNothingIsStored() {
        Response response = Lambda.invoke(send, HttpEvent.route(POST).caller("alice", "Alice", "management")
                .body("text/plain", "{\"text\":\"hallo\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).build());

        assertEquals(415, response.status(), response.body());
        assertEquals(List.of(), texts(history(HttpEvent.route(GET)).json()));
    }

    @Test
    void cursorForAnotherPartitionIs400() {
        String json = "{\"pk\":[\"S\",\"DEVICE#x\"],\"sk\":[\"S\",\"MSG#01\"]}";
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes());

        assertEquals(400, history(HttpEvent.route(GET).query("cursor", cursor)).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "zwei"})
    void limitOutsideOneToHundredIs400(String limit) {
        assertEquals(400, history(HttpEvent.route(GET).query("limit", limit)).status());
    }

    @Test
    void emptyOrWhitespaceTextIs400() {
        assertEquals(400, post("alice", "Alice", "management", "").status());
        assertEquals(400, post("alice", "Alice", "management", "   \\n\\t ").status());
        assertEquals(400, post("alice", "Alice", "management", null).status());
        assertEquals("Message must not be empty.", post("alice", "Alice", "management", " ").error());
        assertTrue(texts(history(HttpEvent.route(GET)).json()).isEmpty());
    }

    @Test
    void textLongerThanTheLimitAfterTrimmingIs400() {
        assertEquals(201, post("alice", "Alice", "management", "  " + "x".repeat(20) + "  ").status());
        Response tooLong = post("alice", "Alice", "management", "x".repeat(21));

        assertEquals(400, tooLong.status());
        assertFalse(tooLong.error().isEmpty());
    }

    @Test
    void counsellorWithoutStaffOrManagementIs403() {
        Response read = Lambda.invoke(fetch, HttpEvent.route(GET).caller("eve", "Eve", "counsellor").build());
        Response write = post("eve", "Eve", "counsellor", "Hallo");
        Response scoped = Lambda.invoke(fetch, HttpEvent.route(GET).caller("eve", "Eve", "counsellor:augsburg").build());

        assertEquals(403, read.status());
        assertEquals(403, write.status());
        assertEquals(403, scoped.status());
        assertFalse(read.error().isEmpty());
    }

    @Test
    void requestWithoutClaimsIs401() {
        Response response = Lambda.invoke(fetch, HttpEvent.route(GET).build());

        assertEquals(401, response.status());
        assertEquals(401, Lambda.invoke(send, HttpEvent.route(POST).json("{\"text\":\"x\"}").build()).status());
    }
}
