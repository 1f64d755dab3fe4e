package de.integreat.chat.managechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.integreat.chat.currentchat.CurrentChatFunction;
import de.integreat.chat.fetchhistory.FetchHistoryFunction;
import de.integreat.chat.sendmessage.SendMessageFunction;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.MutableClock;
import de.integreat.chat.testing.TestEnvironment;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TypingTest {

    static final String TYPING = "PUT /cms/v1/regions/{region}/chats/{chat_id}/typing/";

    TestEnvironment env;
    MutableClock clock;
    SendMessageFunction send;
    CurrentChatFunction app;
    ManageChatFunction manage;
    String device;
    String chatId;

    @BeforeEach
    void setUp() {
        clock = MutableClock.startingNow();
        env = TestEnvironment.create().withClock(clock).with("TYPING_TTL_SECONDS", "30").demoRegions();
        send = new SendMessageFunction(env.context());
        app = new CurrentChatFunction(env.context());
        manage = new ManageChatFunction(env.context());
        device = UUID.randomUUID().toString();
        appSend("{\"message\":\"Hallo\"}");
        chatId = Lambda.invoke(new FetchHistoryFunction(env.context()), HttpEvent.route(FetchHistoryFunction.INBOX_CHATS)
                .path("region", "augsburg").caller("c1", "Clara", "counsellor:augsburg").build())
                .json().path("chats").get(0).path("chat_id").asText();
    }

    void appSend(String json) {
        assertEquals(200, Lambda.invoke(send, HttpEvent.route(SendMessageFunction.APP_MESSAGE).path("region", "augsburg")
                .path("language", "de").path("device_id", device).json(json).build()).status());
    }

    Response typing(String role, String json) {
        return Lambda.invoke(manage, HttpEvent.route(TYPING).path("region", "augsburg").path("chat_id", chatId)
                .caller("c1", "Clara", role).json(json).build());
    }

    boolean appSeesTyping() {
        return Lambda.invoke(app, HttpEvent.route(CurrentChatFunction.CURRENT_CHAT).path("region", "augsburg")
                .path("language", "de").path("device_id", device).build()).json().path("chatbot_typing").asBoolean();
    }

    @Test
    void typingShowsInTheAppUntilItsTtlPasses() {
        Response response = typing("counsellor:augsburg", "{\"typing\":true}");

        assertEquals(200, response.status(), response.body());
        assertTrue(appSeesTyping());
        clock.advance(Duration.ofSeconds(29));
        assertTrue(appSeesTyping());
        clock.advance(Duration.ofSeconds(2));
        assertFalse(appSeesTyping());
    }

    @Test
    void typingFalseEndsItAtOnce() {
        typing("staff", "{\"typing\":true}");

        assertEquals(200, typing("staff", "{\"typing\":false}").status());
        assertFalse(appSeesTyping());
    }

    @Test
    void aVisibleReplyEndsTyping() {
        typing("counsellor", "{\"typing\":true}");

        Lambda.invoke(send, HttpEvent.route(SendMessageFunction.COUNSELLOR_MESSAGE).path("region", "augsburg")
                .path("chat_id", chatId).caller("c1", "Clara", "counsellor").json("{\"text\":\"Hier!\"}").build());

        assertFalse(appSeesTyping());
    }

    @Test
    void typingNeedsTheRegionsRoleABooleanAndTheCurrentChat() {
        assertEquals(403, typing("counsellor:artland", "{\"typing\":true}").status());
        assertEquals(400, typing("counsellor:augsburg", "{\"typing\":\"yes\"}").status());
        assertEquals(401, Lambda.invoke(manage, HttpEvent.route(TYPING).path("region", "augsburg")
                .path("chat_id", chatId).json("{\"typing\":true}").build()).status());

        appSend("{\"message\":\"Neuer Chat\",\"force_new\":true}");

        assertEquals(409, typing("counsellor:augsburg", "{\"typing\":true}").status());
        assertFalse(appSeesTyping());
    }
}
