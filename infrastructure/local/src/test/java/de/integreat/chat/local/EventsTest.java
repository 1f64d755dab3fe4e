package de.integreat.chat.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.emulators.ProjectFiles;
import de.integreat.chat.emulators.SamTemplate;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sample event in events/ is a valid HTTP API v2 event and gets its documented status. */
class EventsTest {

    /** Event file → expected status, in the order they run (a send creates the chat the next GET reads). */
    static final Map<String, Integer> EXPECTED = ProjectFiles.expectedEventStatuses();

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final SamTemplate TEMPLATE = SamTemplate.load();

    @Test
    void everyRouteHasAnEventAndEveryEventIsListed() throws IOException {
        Set<String> files = eventFiles().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(EXPECTED.keySet(), files);
        Set<String> covered = eventFiles().map(EventsTest::read).map(e -> canonical(e.path("routeKey").asText()))
                .collect(Collectors.toSet());
        Set<String> routes = TEMPLATE.routes().stream().map(r -> canonical(r.routeKey())).collect(Collectors.toSet());
        assertEquals(routes, covered, "one event per route");
    }

    @Test
    void everyEventIsAWellFormedPayloadV2Event() throws IOException {
        for (Path file : eventFiles().toList()) {
            JsonNode event = read(file);
            String routeKey = event.path("routeKey").asText();
            SamTemplate.RouteSpec route = TEMPLATE.routes().stream().filter(r -> r.routeKey().equals(routeKey))
                    .findFirst().orElse(null);
            assertNotNull(route, file + ": routeKey not in template.yaml: " + routeKey);
            assertEquals("2.0", event.path("version").asText(), file.toString());
            assertEquals(route.method(), event.path("requestContext").path("http").path("method").asText(), file.toString());
            assertEquals(routeKey, event.path("requestContext").path("routeKey").asText(), file.toString());
            assertTrue(new RouteMatcher(route).matches(route.method(), event.path("rawPath").asText()), file.toString());
            Map<String, String> parameters = new RouteMatcher(route).parameters(event.path("rawPath").asText());
            parameters.forEach((name, value) -> assertEquals(value, event.path("pathParameters").path(name).asText(), file + " " + name));
            event.path("headers").fieldNames().forEachRemaining(h -> assertEquals(h.toLowerCase(), h, file + " header " + h));
            assertTrue(event.has("isBase64Encoded"), file.toString());
            if (route.authorizer() != null) {
                assertTrue(event.path("requestContext").path("authorizer").path("jwt").path("claims").has("sub"), file.toString());
            }
        }
    }

    @Test
    void everyEventGetsItsDocumentedStatusAgainstTheEmulators() throws Exception {
        TestEnvironment env = TestEnvironment.create().demoRegions();
        for (Map.Entry<String, Integer> expected : EXPECTED.entrySet()) {
            JsonNode event = read(ProjectFiles.root().resolve("events").resolve(expected.getKey()));
            SamTemplate.FunctionSpec function = TEMPLATE.functions().stream()
                    .filter(f -> f.routes().stream().anyMatch(r -> r.routeKey().equals(event.path("routeKey").asText())))
                    .findFirst().orElseThrow();
            RequestStreamHandler handler = (RequestStreamHandler) Class.forName(function.handlerClass())
                    .getConstructor(ChatContext.class).newInstance(env.context());

            Lambda.Response response = Lambda.invoke(handler, event);

            assertEquals(expected.getValue(), response.status(), expected.getKey() + ": " + response.body());
        }
    }

    private static Stream<Path> eventFiles() throws IOException {
        return Files.list(ProjectFiles.root().resolve("events")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError(file + " is not JSON", e);
        }
    }

    private static String canonical(String routeKey) {
        return routeKey.endsWith("/") ? routeKey.substring(0, routeKey.length() - 1) : routeKey;
    }
}
