package de.integreat.chat.currentchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.integreat.chat.testing.Concurrently;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.TestEnvironment;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IsChatEnabledTest {

    static final String ROUTE = "GET /api/v3/{region}/{device_id}/is_chat_enabled/";

    TestEnvironment env;

    @BeforeEach
    void setUp() {
        env = TestEnvironment.create().with("SETTINGS_CACHE_SECONDS", "0");
    }

    Response ask(CurrentChatFunction function, String region, String device) {
        return Lambda.invoke(function, HttpEvent.route(ROUTE).path("region", region).path("device_id", device).build());
    }

    boolean enabled(CurrentChatFunction function, String region, String device) {
        Response response = ask(function, region, device);
        assertEquals(200, response.status(), response.body());
        return response.json().path("is_chat_enabled").asBoolean();
    }

    @Test
    void percentageZeroAndHundredDecideAndTheAnswerNeverChanges() {
        env.region("none", true, 0, List.of()).region("all", true, 100, List.of());
        CurrentChatFunction function = new CurrentChatFunction(env.context());
        String device = UUID.randomUUID().toString();

        boolean none = enabled(function, "none", device);
        boolean all = enabled(function, "all", device);
        env.region("none", true, 100, List.of()).region("all", true, 0, List.of());

        assertEquals(List.of(false, true), List.of(none, all));
        assertEquals(List.of(false, true), List.of(enabled(function, "none", device), enabled(function, "all", device)));
    }

    @Test
    void regionWithChatOffIsNeverEnabled() {
        env.region("artland", false, 100, List.of());

        assertEquals(false, enabled(new CurrentChatFunction(env.context()), "artland", UUID.randomUUID().toString()));
    }

    @Test
    void concurrentFirstCallsAgreeOnOneDecision() throws Exception {
        env.region("half", true, 50, List.of());
        CurrentChatFunction function = new CurrentChatFunction(env.context());
        for (int round = 0; round < 5; round++) {
            String device = UUID.randomUUID().toString();
            Set<Boolean> answers = new HashSet<>(Concurrently.run(10, () -> enabled(function, "half", device)));

            assertEquals(1, answers.size(), "all first calls must return the stored decision");
            assertEquals(answers.iterator().next(), enabled(function, "half", device));
        }
    }

    @Test
    void repeatedCallTakesOneDynamoCall() {
        env = TestEnvironment.create();
        env.region("augsburg", true, 100, List.of());
        CurrentChatFunction function = new CurrentChatFunction(env.context());
        String device = UUID.randomUUID().toString();
        enabled(function, "augsburg", device);
        env.calls().reset();

        assertTrue(enabled(function, "augsburg", device));

        assertEquals(1, env.calls().count(), env.calls().operations().toString());
    }

    @Test
    void unknownRegionAndBadDeviceAreRefused() {
        CurrentChatFunction function = new CurrentChatFunction(env.context());

        assertEquals("Region not found.", ask(function, "nowhere", "abc").error());
        assertEquals(400, ask(function, "nowhere", "a.b").status());
    }
}
