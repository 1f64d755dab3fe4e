package de.integreat.chat.fetchhistory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.integreat.chat.sendmessage.SendMessageFunction;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.MutableClock;
import de.integreat.chat.testing.TestEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboxPagingAndMessageIdsTest {

    TestEnvironment env;
    MutableClock clock;
    SendMessageFunction send;
    FetchHistoryFunction fetch;

    @BeforeEach
    void setUp() {
        clock = MutableClock.startingNow();
        env = TestEnvironment.create().withClock(clock).demoRegions();
        send = new SendMessageFunction(env.context());
        fetch = new FetchHistoryFunction(env.context());
    }

    Response appSend(String device, String json) {
        Response response = Lambda.invoke(send, HttpEvent.route(SendMessageFunction.APP_MESSAGE)
                .path("region", "augsburg").path("language", "de").path("device_id", device).json(json).build());
        clock.advance(Duration.ofSeconds(1));
        return response;
    }

    Response reply(String chatId, String text) {
        return Lambda.invoke(send, HttpEvent.route(SendMessageFunction.COUNSELLOR_MESSAGE).path("region", "augsburg")
                .path("chat_id", chatId).caller("c1", "Clara", "counsellor").json("{\"text\":\"" + text + "\"}").build());
    }

    Response get(String routeKey, String chatId, String limit, String cursor) {
        HttpEvent event = HttpEvent.route(routeKey).path("region", "augsburg").caller("c1", "Clara", "counsellor");
        if (chatId != null) {
            event.path("chat_id", chatId);
        }
        event.query("limit", limit);
        if (cursor != null) {
            event.query("cursor", cursor);
        }
        return Lambda.invoke(fetch, event.build());
    }

    String cursor(Response response) {
        JsonNode next = response.json().path("next_cursor");
        return next.isNull() ? null : next.asText();
    }

    List<String> chatIds() {
        List<String> ids = new ArrayList<>();
        get(FetchHistoryFunction.INBOX_CHATS, null, "100", null).json().path("chats")
                .forEach(c -> ids.add(c.path("chat_id").asText()));
        return ids;
    }

    @Test
    void chatListIsPagedNewestFirstWithoutDuplicates() {
        for (int i = 0; i < 5; i++) {
            appSend(UUID.randomUUID().toString(), "{\"message\":\"Chat " + i + "\"}");
        }
        List<String> all = chatIds();
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            Response page = get(FetchHistoryFunction.INBOX_CHATS, null, "2", cursor);
            assertEquals(200, page.status(), page.body());
            page.json().path("chats").forEach(c -> paged.add(c.path("chat_id").asText()));
            cursor = cursor(page);
        } while (cursor != null);

        assertEquals(5, all.size());
        assertEquals(all, paged);
        List<String> newestFirst = new ArrayList<>(all);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, all, "chat ids are ULIDs, so creation order is id order");
    }

    @Test
    void cursorsShowNeitherDeviceIdsNorTableKeys() {
        String device = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            appSend(device, "{\"message\":\"m" + i + "\"}");
            appSend(UUID.randomUUID().toString(), "{\"message\":\"other " + i + "\"}");
        }
        String chatId = chatIds().stream().filter(id -> chatOf(id).contains("m0")).findFirst().orElseThrow();
        String chatsCursor = cursor(get(FetchHistoryFunction.INBOX_CHATS, null, "1", null));
        String messagesCursor = cursor(get(FetchHistoryFunction.INBOX_MESSAGES, chatId, "1", null));

        for (String cursor : List.of(chatsCursor, messagesCursor)) {
            String decoded = new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(decoded.contains(device), decoded);
            assertFalse(decoded.contains("DEVICE#") || decoded.contains("\"pk\""), decoded);
        }
    }

    String chatOf(String chatId) {
        return get(FetchHistoryFunction.INBOX_MESSAGES, chatId, "10", null).body();
    }

    @Test
    void chatMessagesArePagedOldestFirst() {
        String device = UUID.randomUUID().toString();
        for (int i = 1; i <= 3; i++) {
            appSend(device, "{\"message\":\"m" + i + "\"}");
        }
        String chatId = chatIds().get(0);

        Response first = get(FetchHistoryFunction.INBOX_MESSAGES, chatId, "2", null);
        Response second = get(FetchHistoryFunction.INBOX_MESSAGES, chatId, "2", cursor(first));

        assertEquals(List.of(1, 2), List.of(first.json().path("messages").get(0).path("id").asInt(),
                first.json().path("messages").get(1).path("id").asInt()));
        assertEquals(3, second.json().path("messages").get(0).path("id").asInt());
        assertEquals("user", second.json().path("messages").get(0).path("role").asText());
        assertFalse(second.json().path("messages").get(0).path("internal").asBoolean());
    }

    @Test
    void cursorFromAnotherListIs400() {
        String device = UUID.randomUUID().toString();
        appSend(device, "{\"message\":\"a\"}");
        appSend(device, "{\"message\":\"b\"}");
        appSend(UUID.randomUUID().toString(), "{\"message\":\"c\"}");
        String chatId = chatIds().get(1);
        String messageCursor = cursor(get(FetchHistoryFunction.INBOX_MESSAGES, chatId, "1", null));
        String chatCursor = cursor(get(FetchHistoryFunction.INBOX_CHATS, null, "1", null));

        assertEquals(400, get(FetchHistoryFunction.INBOX_CHATS, null, "1", messageCursor).status());
        assertEquals(400, get(FetchHistoryFunction.INBOX_MESSAGES, chatId, "1", chatCursor).status());
        assertEquals(400, get(FetchHistoryFunction.INBOX_CHATS, null, "1", "%%%").status());
    }

    @Test
    void repliesAndConcurrentAppSendsGetUniqueIncreasingIds() throws Exception {
        String device = UUID.randomUUID().toString();
        appSend(device, "{\"message\":\"start\"}");
        String chatId = chatIds().get(0);
        List<Callable<Response>> sends = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            sends.add(() -> appSend(device, "{\"message\":\"app " + n + "\"}"));
            sends.add(() -> reply(chatId, "agent " + n));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Response> f : pool.invokeAll(sends)) {
                assertTrue(f.get().status() == 200 || f.get().status() == 201, f.get().body());
            }
        } finally {
            pool.shutdownNow();
        }

        JsonNode messages = get(FetchHistoryFunction.INBOX_MESSAGES, chatId, "100", null).json().path("messages");
        TreeSet<Integer> ids = new TreeSet<>();
        messages.forEach(m -> ids.add(m.path("id").asInt()));
        assertEquals(13, messages.size());
        assertEquals(13, ids.size());
        assertEquals(1, ids.first());
        assertEquals(13, ids.last());
        JsonNode chat = get(FetchHistoryFunction.INBOX_CHATS, null, "10", null).json().path("chats").get(0);
        assertEquals(13, chat.path("message_count").asInt());
    }

    @Test
    void archivedChatIsListedExpiredRefusesVisibleRepliesAndNotesContinueItsIds() {
        String device = UUID.randomUUID().toString();
        appSend(device, "{\"message\":\"alt\"}");
        String oldChat = chatIds().get(0);
        appSend(device, "{\"message\":\"neu\",\"force_new\":true}");

        Response answer = reply(oldChat, "Antwort auf den alten Chat");
        Response note = Lambda.invoke(send, HttpEvent.route(SendMessageFunction.COUNSELLOR_MESSAGE).path("region", "augsburg")
                .path("chat_id", oldChat).caller("c1", "Clara", "counsellor")
                .json("{\"text\":\"Notiz zum alten Chat\",\"internal\":true}").build());
        JsonNode chats = get(FetchHistoryFunction.INBOX_CHATS, null, "10", null).json().path("chats");

        assertEquals(409, answer.status(), "the app user never sees an ended chat: " + answer.body());
        assertEquals(201, note.status(), note.body());
        assertEquals(2, note.json().path("id").asInt());
        assertEquals(2, chats.size());
        JsonNode old = chats.get(0).path("chat_id").asText().equals(oldChat) ? chats.get(0) : chats.get(1);
        assertTrue(old.path("expired").asBoolean());
        assertEquals(2, old.path("message_count").asInt());
    }
}
