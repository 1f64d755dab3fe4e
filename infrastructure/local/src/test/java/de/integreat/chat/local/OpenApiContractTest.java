package de.integreat.chat.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.integreat.chat.emulators.ProjectFiles;
import de.integreat.chat.emulators.SamTemplate;
import de.integreat.chat.fetchhistory.FetchHistoryFunction;
import de.integreat.chat.managechat.ManageChatFunction;
import de.integreat.chat.sendmessage.SendMessageFunction;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Multipart;
import de.integreat.chat.testing.TestEnvironment;
import de.integreat.chat.testing.TestFiles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/api/openapi.yaml stays true: it is valid, documents exactly the template's routes and the real JSON shapes. */
class OpenApiContractTest {

    static OpenAPI api;

    @BeforeAll
    static void parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser()
                .readLocation(ProjectFiles.root().resolve("docs/api/openapi.yaml").toString(), null, options);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), String.valueOf(result.getMessages()));
        api = result.getOpenAPI();
    }

    @Test
    void documentsExactlyTheTemplatesRoutes() {
        Set<String> documented = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet().forEach(method ->
                documented.add(method.name() + " " + strip(path))));
        Set<String> routes = new TreeSet<>();
        SamTemplate.load().routes().forEach(r -> routes.add(r.method().toUpperCase(Locale.ROOT) + " " + strip(r.path())));

        assertEquals(routes, documented);
    }

    @Test
    void chatSchemaMatchesARealResponse() {
        TestEnvironment env = TestEnvironment.create().demoRegions();
        Multipart form = new Multipart().field("message", "Hallo")
                .file("attachment", "a.pdf", "application/pdf", TestFiles.pdf(100, "a"));
        JsonNode chat = Lambda.invoke(new SendMessageFunction(env.context()),
                HttpEvent.route("POST /api/v3/{region}/{language}/chat/{device_id}/").path("region", "augsburg")
                        .path("language", "de").path("device_id", "openapi-device")
                        .body(form.contentType(), form.bytes()).build()).json();

        assertEquals(properties("Chat", "ticket_url"), fields(chat));
        assertEquals(properties("Message"), fields(chat.path("messages").get(0)));
        assertEquals(properties("Attachment"), fields(chat.path("messages").get(0).path("attachments").get(0)));
    }

    @Test
    void settingsSchemaMatchesARealResponse() {
        TestEnvironment env = TestEnvironment.create().demoRegions();
        JsonNode settings = Lambda.invoke(new ManageChatFunction(env.context()),
                HttpEvent.route("GET /cms/v1/regions/{region}/settings").path("region", "augsburg")
                        .claim("sub", "u1").claim("cognito:groups", "[staff]").build()).json();

        assertEquals(properties("RegionSettings"), fields(settings));
    }

    @Test
    void cmsSchemasMatchRealResponses() {
        TestEnvironment env = TestEnvironment.create().demoRegions();
        SendMessageFunction send = new SendMessageFunction(env.context());
        FetchHistoryFunction fetch = new FetchHistoryFunction(env.context());
        Lambda.invoke(send, HttpEvent.route("POST /api/v3/{region}/{language}/chat/{device_id}/").path("region", "augsburg")
                .path("language", "de").path("device_id", "openapi-cms").json("{\"message\":\"Hallo\"}").build());
        JsonNode authored = Lambda.invoke(send, HttpEvent.route(SendMessageFunction.AUTHOR_MESSAGE)
                .caller("u1", "Alex", "staff").json("{\"text\":\"Hallo Team\"}").build()).json();
        JsonNode history = Lambda.invoke(fetch, HttpEvent.route(FetchHistoryFunction.AUTHOR_HISTORY)
                .caller("u1", "Alex", "staff").build()).json();
        JsonNode chats = Lambda.invoke(fetch, HttpEvent.route(FetchHistoryFunction.INBOX_CHATS).path("region", "augsburg")
                .caller("u1", "Alex", "staff").build()).json();
        String chatId = chats.path("chats").get(0).path("chat_id").asText();
        JsonNode reply = Lambda.invoke(send, HttpEvent.route(SendMessageFunction.COUNSELLOR_MESSAGE).path("region", "augsburg")
                .path("chat_id", chatId).caller("u1", "Alex", "staff").json("{\"text\":\"Guten Tag\"}").build()).json();
        JsonNode messages = Lambda.invoke(fetch, HttpEvent.route(FetchHistoryFunction.INBOX_MESSAGES).path("region", "augsburg")
                .path("chat_id", chatId).caller("u1", "Alex", "staff").build()).json();

        assertEquals(properties("AuthorMessage"), fields(authored));
        assertEquals(properties("AuthorChatPage"), fields(history));
        assertEquals(properties("ChatSummary"), fields(chats.path("chats").get(0)));
        assertEquals(Set.of("chats", "next_cursor"), fields(chats));
        assertEquals(inboxMessageProperties(), fields(reply));
        assertEquals(inboxMessageProperties(), fields(messages.path("messages").get(0)));
    }

    private static Set<String> inboxMessageProperties() {
        Set<String> names = new TreeSet<>(properties("Message"));
        names.add("internal");
        return names;
    }

    private static Set<String> properties(String schema, String... optional) {
        Schema<?> model = api.getComponents().getSchemas().get(schema);
        Set<String> names = new TreeSet<>(model.getProperties().keySet());
        Set.of(optional).forEach(names::remove);
        return names;
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String strip(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
