package de.integreat.chat.managechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.integreat.chat.fetchhistory.FetchHistoryFunction;
import de.integreat.chat.sendmessage.SendMessageFunction;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.MutableClock;
import de.integreat.chat.testing.TestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthorChatVisitsAndDeleteTest {

    static final String POST = "POST /cms/v1/author-chat/messages";
    static final String GET = "GET /cms/v1/author-chat/messages";
    static final String VISIT = "POST /cms/v1/author-chat/visits/";
    static final String DELETE = "DELETE /cms/v1/author-chat/messages/{id}";

    TestEnvironment env;
    MutableClock clock;
    SendMessageFunction send;
    FetchHistoryFunction fetch;
    ManageChatFunction manage;
    ExecutorService pool = Executors.newFixedThreadPool(8);

    @BeforeEach
    void setUp() {
        clock = MutableClock.startingNow();
        env = TestEnvironment.create().withClock(clock);
        send = new SendMessageFunction(env.context());
        fetch = new FetchHistoryFunction(env.context());
        manage = new ManageChatFunction(env.context());
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    String post(String sub, String role, String text) {
        Response response = Lambda.invoke(send, HttpEvent.route(POST).caller(sub, sub, role)
                .json("{\"text\":\"" + text + "\"}").build());
        assertEquals(201, response.status(), response.body());
        clock.advance(Duration.ofSeconds(1));
        return response.json().path("id").asText();
    }

    JsonNode history(String sub) {
        return Lambda.invoke(fetch, HttpEvent.route(GET).caller(sub, sub, "management").build()).json();
    }

    Response visit(String sub) {
        return Lambda.invoke(manage, HttpEvent.route(VISIT).caller(sub, sub, "staff").build());
    }

    Response delete(String sub, String role, String id) {
        return Lambda.invoke(manage, HttpEvent.route(DELETE).path("id", id).caller(sub, sub, role).build());
    }

    @Test
    void unreadCountCountsOnlyMessagesNewerThanTheLastVisit() {
        post("bob", "staff", "eins");
        post("bob", "staff", "zwei");
        assertEquals(2, history("alice").path("unread_count").asInt());

        visit("alice");
        clock.advance(Duration.ofSeconds(1));
        post("bob", "staff", "drei");

        assertEquals(1, history("alice").path("unread_count").asInt());
        assertEquals(3, history("carol").path("unread_count").asInt());
    }

    @Test
    void unreadCountBeyondTheFirstPageIsCountedToo() {
        for (int i = 0; i < 4; i++) {
            post("bob", "staff", "m" + i);
        }

        JsonNode page = Lambda.invoke(fetch, HttpEvent.route(GET).query("limit", "2")
                .caller("alice", "alice", "management").build()).json();

        assertEquals(2, page.path("messages").size());
        assertEquals(4, page.path("unread_count").asInt());
    }

    @Test
    void visitReturnsThePreviousVisitAndResetsUnreadToZero() {
        post("bob", "staff", "eins");
        Instant firstVisit = clock.instant();

        Response first = visit("alice");
        clock.advance(Duration.ofMinutes(5));
        Response second = visit("alice");

        assertEquals(200, first.status(), first.body());
        assertTrue(first.json().has("last_visited"));
        assertTrue(first.json().path("last_visited").isNull());
        assertEquals(firstVisit.toEpochMilli(), Instant.parse(second.json().path("last_visited").asText()).toEpochMilli());
        assertEquals(0, history("alice").path("unread_count").asInt());
    }

    @Test
    void senderDeletesOwnMessageThenSecondDeleteIs404() {
        String id = post("bob", "management", "oops");

        Response deleted = delete("bob", "management", id);
        Response again = delete("bob", "management", id);

        assertEquals(200, deleted.status(), deleted.body());
        assertTrue(deleted.json().path("success").asBoolean());
        assertEquals("The chat message was successfully deleted.", deleted.json().path("status").asText());
        assertEquals(404, again.status());
        assertEquals(0, history("bob").path("messages").size());
    }

    @Test
    void staffDeletesAnyMessage() {
        String id = post("bob", "management", "Spam");

        assertEquals(200, delete("root", "staff", id).status());
    }

    @Test
    void managementCannotDeleteSomeoneElsesMessage() {
        String id = post("bob", "management", "meins");

        Response response = delete("alice", "management", id);

        assertEquals(403, response.status(), response.body());
        assertEquals(1, history("alice").path("messages").size());
    }

    @Test
    void unknownMalformedOrExpiredMessageIs404() {
        String id = post("bob", "management", "alt");
        clock.advance(Duration.ofDays(30));

        assertEquals(404, delete("bob", "management", id).status());
        assertEquals(404, delete("root", "staff", id).status());
        assertEquals(404, delete("alice", "management", id).status());
        assertEquals(404, delete("bob", "management", "01HZZZZZZZZZZZZZZZZZZZZZZZ").status());
        assertEquals(404, delete("bob", "management", "not-an-id").status());
    }

    @Test
    void counsellorCannotDeleteAndNoClaimsIs401() {
        String id = post("bob", "management", "x");

        assertEquals(403, delete("eve", "counsellor", id).status());
        assertEquals(401, Lambda.invoke(manage, HttpEvent.route(DELETE).path("id", id).build()).status());
        assertEquals(401, Lambda.invoke(manage, HttpEvent.route(VISIT).build()).status());
    }

    @Test
    void twoConcurrentDeletesGiveExactlyOne200() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = post("bob", "management", "race " + round);
            List<Callable<Integer>> deletes = new ArrayList<>();
            deletes.add(() -> delete("bob", "management", id).status());
            deletes.add(() -> delete("root", "staff", id).status());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(deletes)) {
                statuses.add(f.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 404), statuses);
        }
    }
}
