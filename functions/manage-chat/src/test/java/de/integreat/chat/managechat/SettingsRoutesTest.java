package de.integreat.chat.managechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.integreat.chat.currentchat.CurrentChatFunction;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.MutableClock;
import de.integreat.chat.testing.TestEnvironment;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsRoutesTest {

    static final String GET = "GET /cms/v1/regions/{region}/settings/";
    static final String PUT = "PUT /cms/v1/regions/{region}/settings";
    static final String VALID = "{\"app_chat_enabled\":true,\"author_chat_enabled\":true,"
            + "\"chat_beta_tester_percentage\":100,\"retention_days\":30,\"languages\":[\"de\",\"pt-br\"],"
            + "\"helpdesk_url\":\"https://help.example.org/ticket\"}";

    TestEnvironment env;
    MutableClock clock;
    ManageChatFunction manage;

    @BeforeEach
    void setUp() {
        clock = MutableClock.startingNow();
        env = TestEnvironment.create().withClock(clock).with("SETTINGS_CACHE_SECONDS", "60").demoRegions();
        manage = new ManageChatFunction(env.context());
    }

    Response put(String region, String body, String role) {
        return Lambda.invoke(manage, HttpEvent.route(PUT).path("region", region).caller("root", "Root", role)
                .json(body).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "chat_beta_tester_percentage | \"chat_beta_tester_percentage\":100 | \"chat_beta_tester_percentage\":101",
        "retention_days              | \"retention_days\":30               | \"retention_days\":0",
        "languages                   | [\"de\",\"pt-br\"]                  | [\"de\",\"Deutsch\"]",
        "helpdesk_url                | https://help                        | http://help",
        "app_chat_enabled            | \"app_chat_enabled\":true           | \"app_chat_enabled\":\"yes\"",
    })
    void invalidFieldIs400NamingTheField(String field, String valid, String invalid) {
        Response response = put("augsburg", VALID.replace(valid, invalid), "staff");

        assertEquals(400, response.status(), response.body());
        assertTrue(response.error().contains("'" + field + "'"), response.error());
    }

    @Test
    void overlongLanguageListIs400NotAServerError() {
        String tags = String.join(",", java.util.Collections.nCopies(101, "\"de\"")).replace("\"de\"", "\"aaa-abcdefgh\"");
        Response response = put("augsburg", VALID.replace("[\"de\",\"pt-br\"]", "[" + tags + "]"), "staff");

        assertEquals(400, response.status(), response.body());
        assertTrue(response.error().contains("'languages'"), response.error());
    }

    @Test
    void validPutIsReturnedByGetAndCreatesNewRegion() {
        Response created = put("neustadt", VALID, "staff");
        Response read = Lambda.invoke(manage, HttpEvent.route(GET).path("region", "neustadt")
                .caller("m", "M", "management:neustadt").build());

        assertEquals(200, created.status(), created.body());
        assertEquals(200, read.status(), read.body());
        assertEquals(30, read.json().path("retention_days").asInt());
        assertEquals("https://help.example.org/ticket", read.json().path("helpdesk_url").asText());
    }

    @Test
    void onlyStaffMayPutAndManagementOfOtherRegionMayNotRead() {
        assertEquals(403, put("augsburg", VALID, "management").status());
        assertEquals(403, Lambda.invoke(manage, HttpEvent.route(GET).path("region", "augsburg")
                .caller("m", "M", "management:artland").build()).status());
        assertEquals(401, Lambda.invoke(manage, HttpEvent.route(GET).path("region", "augsburg").build()).status());
    }

    @Test
    void validPutChangesAppBehaviourOnceTheSettingsCacheExpires() {
        CurrentChatFunction app = new CurrentChatFunction(env.context());
        HttpEvent enabled = HttpEvent.route(CurrentChatFunction.IS_CHAT_ENABLED + "/")
                .path("region", "artland").path("device_id", UUID.randomUUID().toString());
        assertEquals(false, Lambda.invoke(app, enabled.build()).json().path("is_chat_enabled").asBoolean());

        assertEquals(200, put("artland", VALID, "staff").status());
        boolean beforeExpiry = Lambda.invoke(app, enabled.build()).json().path("is_chat_enabled").asBoolean();
        clock.advance(Duration.ofSeconds(61));
        boolean afterExpiry = Lambda.invoke(app, enabled.build()).json().path("is_chat_enabled").asBoolean();

        assertEquals(false, beforeExpiry);
        assertEquals(true, afterExpiry);
    }
}
