package de.integreat.chat.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.config.Config;
import de.integreat.chat.emulators.ProjectFiles;
import de.integreat.chat.emulators.SamTemplate;
import de.integreat.chat.http.ApiFunction;
import de.integreat.chat.storage.TableSchema;
import de.integreat.chat.testing.TestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** template.yaml and the code must agree: handlers, routes, table names and configuration. */
class TemplateContractTest {

    static final SamTemplate TEMPLATE = SamTemplate.load();
    static final Pattern SHADED_JAR = Pattern.compile("functions/([a-z-]+)/target/\\1\\.jar");

    @Test
    void everyHandlerClassExistsInItsModuleAndIsALambdaHandler() throws Exception {
        List<SamTemplate.FunctionSpec> functions = TEMPLATE.functions();
        assertEquals(Set.of("SendMessageFunction", "FetchHistoryFunction", "CurrentChatFunction",
                "ResolveAttachmentFunction", "ManageChatFunction"),
                functions.stream().map(SamTemplate.FunctionSpec::logicalId).collect(Collectors.toSet()));
        for (SamTemplate.FunctionSpec function : functions) {
            Class<?> handler = Class.forName(function.handlerClass());
            assertTrue(RequestStreamHandler.class.isAssignableFrom(handler), function.handlerClass());
            assertEquals("handleRequest", function.handler().substring(function.handler().indexOf("::") + 2));
            assertNotNull(handler.getConstructor(), "Lambda needs a no-argument constructor");
            assertNotNull(handler.getConstructor(ChatContext.class));
            Matcher jar = SHADED_JAR.matcher(function.codeUri());
            assertTrue(jar.matches(), function.logicalId() + " CodeUri must be its module's shaded jar: " + function.codeUri());
            Path source = ProjectFiles.root().resolve("functions").resolve(jar.group(1))
                    .resolve("src/main/java").resolve(function.handlerClass().replace('.', '/') + ".java");
            assertTrue(Files.isRegularFile(source), function.logicalId() + " handler is not in module " + jar.group(1));
            assertEquals("true", TEMPLATE.tree().path("Resources").path(function.logicalId())
                    .path("Metadata").path("SkipBuild").asText(), "Maven builds the jar, not sam build");
        }
    }

    @Test
    void everyRouteIsDispatchedByItsFunctionAndNothingElse() throws Exception {
        TestEnvironment env = TestEnvironment.create();
        for (SamTemplate.FunctionSpec function : TEMPLATE.functions()) {
            ApiFunction handler = (ApiFunction) Class.forName(function.handlerClass())
                    .getConstructor(ChatContext.class).newInstance(env.context());
            Set<String> templateRoutes = function.routes().stream()
                    .map(r -> ApiFunction.canonicalRouteKey(r.routeKey())).collect(Collectors.toSet());
            assertEquals(templateRoutes, handler.routeKeys(), function.logicalId());
        }
    }

    @Test
    void everyRouteAcceptsBothSlashFormsAndCmsRoutesNeedTheJwtAuthorizer() {
        Set<String> keys = TEMPLATE.routes().stream().map(SamTemplate.RouteSpec::routeKey).collect(Collectors.toSet());
        for (SamTemplate.RouteSpec route : TEMPLATE.routes()) {
            String other = route.path().endsWith("/")
                    ? route.routeKey().substring(0, route.routeKey().length() - 1) : route.routeKey() + "/";
            assertTrue(keys.contains(other), "missing " + other);
            if (route.path().startsWith("/cms/")) {
                assertEquals("CmsJwt", route.authorizer(), route.routeKey());
            } else {
                assertTrue(route.path().startsWith("/api/v3/"), route.routeKey());
                assertEquals(null, route.authorizer(), route.routeKey());
            }
        }
    }

    @Test
    void tableKeysTtlAndIndexesMatchTheCode() {
        JsonNode table = TEMPLATE.resourceProperties("AWS::DynamoDB::Table");
        assertEquals(List.of(TableSchema.PK + ":HASH", TableSchema.SK + ":RANGE"), keys(table.path("KeySchema")));
        assertEquals(TableSchema.EXPIRES_AT, table.path("TimeToLiveSpecification").path("AttributeName").asText());
        assertTrue(table.path("TimeToLiveSpecification").path("Enabled").asBoolean());
        Map<String, List<String>> indexes = new HashMap<>();
        table.path("GlobalSecondaryIndexes").forEach(i -> indexes.put(i.path("IndexName").asText(), keys(i.path("KeySchema"))));
        assertEquals(Map.of(
                TableSchema.INBOX_INDEX, List.of(TableSchema.INBOX_PK + ":HASH", TableSchema.INBOX_SK + ":RANGE"),
                TableSchema.CHAT_INDEX, List.of(TableSchema.CHAT_REF + ":HASH")), indexes);
    }

    @Test
    void everyConfigurationVariableReachesEveryFunctionFromAParameter() {
        Map<String, String> parameters = TEMPLATE.parameterDefaults();
        Set<String> resources = new HashSet<>();
        TEMPLATE.tree().path("Resources").fieldNames().forEachRemaining(resources::add);
        for (SamTemplate.FunctionSpec function : TEMPLATE.functions()) {
            Map<String, String> raw = TEMPLATE.environment(function.logicalId(), Map.of(), Map.of());
            for (String variable : Config.VARIABLES) {
                String source = rawReference(function.logicalId(), variable);
                assertNotNull(source, variable + " is not passed to " + function.logicalId());
                assertTrue(parameters.containsKey(source) || resources.contains(source),
                        variable + " of " + function.logicalId() + " must !Ref a parameter or resource, not " + source);
            }
            assertTrue(raw.keySet().containsAll(Config.VARIABLES));
        }
        Set<String> referenced = new HashSet<>();
        for (String variable : Config.VARIABLES) {
            referenced.add(rawReference(TEMPLATE.functions().get(0).logicalId(), variable));
        }
        Set<String> unused = new HashSet<>(parameters.keySet());
        unused.removeAll(referenced);
        assertEquals(Set.of("JwtIssuer", "JwtAudience", "CorsAllowedOrigins"), unused,
                "every configuration parameter must reach the functions");
    }

    @Test
    void functionsGetLeastPrivilegeAndSnapStart() {
        JsonNode globals = TEMPLATE.tree().path("Globals").path("Function");
        assertEquals("PublishedVersions", globals.path("SnapStart").path("ApplyOn").asText());
        assertFalse(globals.path("AutoPublishAlias").asText().isEmpty());
        for (SamTemplate.FunctionSpec function : TEMPLATE.functions()) {
            JsonNode policies = TEMPLATE.tree().path("Resources").path(function.logicalId()).path("Properties").path("Policies");
            policies.findValues("Action").forEach(actions -> actions.forEach(action ->
                    assertFalse(action.asText().contains("*"), function.logicalId() + " has wildcard action " + action)));
            policies.findValues("Resource").forEach(resource ->
                    assertFalse(resource.isTextual() && resource.asText().equals("*"), function.logicalId()));
        }
    }

    private static String rawReference(String functionId, String variable) {
        JsonNode own = TEMPLATE.tree().path("Resources").path(functionId).path("Properties")
                .path("Environment").path("Variables").path(variable);
        JsonNode global = TEMPLATE.tree().path("Globals").path("Function").path("Environment").path("Variables").path(variable);
        JsonNode value = own.isMissingNode() ? global : own;
        return value.isMissingNode() ? null : value.asText();
    }

    private static List<String> keys(JsonNode schema) {
        return java.util.stream.StreamSupport.stream(schema.spliterator(), false)
                .map(k -> k.path("AttributeName").asText() + ":" + k.path("KeyType").asText()).toList();
    }
}
