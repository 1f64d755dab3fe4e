package de.integreat.chat.fetchhistory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.integreat.chat.sendmessage.SendMessageFunction;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.TestEnvironment;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DynamoDB round trips per CMS request (warm container: region settings cached), counted by an SDK interceptor. */
class CmsRoundTripsTest {

    TestEnvironment env;
    SendMessageFunction send;
    FetchHistoryFunction fetch;

    @BeforeEach
    void setUp() {
        env = TestEnvironment.create().demoRegions();
        send = new SendMessageFunction(env.context());
        fetch = new FetchHistoryFunction(env.context());
    }

    List<String> callsOf(Runnable request) {
        env.calls().reset();
        request.run();
        return env.calls().operations();
    }

    Response ok(Response response) {
        assertTrue(response.status() < 300, response.body());
        return response;
    }

    @Test
    void authorChatSendIsOnePutAndHistoryIsOneQueryAndOneGet() {
        HttpEvent post = HttpEvent.route(SendMessageFunction.AUTHOR_MESSAGE).caller("a", "A", "staff").json("{\"text\":\"x\"}");
        HttpEvent get = HttpEvent.route(FetchHistoryFunction.AUTHOR_HISTORY).caller("a", "A", "staff");

        assertEquals(List.of("PutItem"), callsOf(() -> ok(Lambda.invoke(send, post.build()))));
        assertEquals(List.of("Query", "GetItem"), callsOf(() -> ok(Lambda.invoke(fetch, get.build()))));
    }

    @Test
    void replyIsLookupUpdateAndPutAndInboxListIsOneQuery() {
        ok(Lambda.invoke(send, HttpEvent.route(SendMessageFunction.APP_MESSAGE).path("region", "augsburg")
                .path("language", "de").path("device_id", UUID.randomUUID().toString()).json("{\"message\":\"Hallo\"}").build()));
        HttpEvent list = HttpEvent.route(FetchHistoryFunction.INBOX_CHATS).path("region", "augsburg").caller("c", "C", "counsellor");
        String chatId = ok(Lambda.invoke(fetch, list.build())).json().path("chats").get(0).path("chat_id").asText();
        HttpEvent reply = HttpEvent.route(SendMessageFunction.COUNSELLOR_MESSAGE).path("region", "augsburg")
                .path("chat_id", chatId).caller("c", "C", "counsellor").json("{\"text\":\"Hallo zurück\"}");

        assertEquals(List.of("Query"), callsOf(() -> ok(Lambda.invoke(fetch, list.build()))));
        assertEquals(List.of("Query", "UpdateItem", "PutItem"), callsOf(() -> ok(Lambda.invoke(send, reply.build()))));
    }
}
