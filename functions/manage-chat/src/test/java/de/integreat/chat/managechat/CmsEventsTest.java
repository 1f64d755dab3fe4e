package de.integreat.chat.managechat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.emulators.ProjectFiles;
import de.integreat.chat.emulators.SamTemplate;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.TestEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample events of the CMS routes in events/ reach their function and get the expected status (fresh table). */
class CmsEventsTest {

    static final Map<String, Integer> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("send-author-message.json", 201);
        EXPECTED.put("get-author-chat.json", 200);
        EXPECTED.put("author-chat-visit.json", 200);
        EXPECTED.put("delete-author-message.json", 404);
        EXPECTED.put("list-inbox-chats.json", 200);
        EXPECTED.put("get-inbox-chat-messages.json", 404);
        EXPECTED.put("send-counsellor-reply.json", 404);
        EXPECTED.put("create-upload-url.json", 404);
        EXPECTED.put("set-typing.json", 404);
    }

    @Test
    void everyCmsEventGetsItsExpectedStatus() throws Exception {
        ChatContext context = TestEnvironment.create().demoRegions().context();
        SamTemplate template = SamTemplate.load();
        for (Map.Entry<String, Integer> expected : EXPECTED.entrySet()) {
            JsonNode event = new ObjectMapper().readTree(ProjectFiles.root().resolve("events").resolve(expected.getKey()).toFile());
            String routeKey = event.path("routeKey").asText();
            SamTemplate.FunctionSpec function = template.functions().stream()
                    .filter(f -> f.routes().stream().anyMatch(r -> r.routeKey().equals(routeKey)))
                    .findFirst().orElseThrow(() -> new AssertionError(expected.getKey() + ": no function for " + routeKey));
            RequestStreamHandler handler = (RequestStreamHandler) Class.forName(function.handlerClass())
                    .getConstructor(ChatContext.class).newInstance(context);

            Response response = Lambda.invoke(handler, event);

            assertEquals((int) expected.getValue(), response.status(), expected.getKey() + ": " + response.body());
        }
    }
}
