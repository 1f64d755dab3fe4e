package de.integreat.chat.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.integreat.chat.config.AwsClients;
import de.integreat.chat.emulators.Emulators;
import de.integreat.chat.emulators.ProjectFiles;
import de.integreat.chat.emulators.SamTemplate;
import de.integreat.chat.emulators.TableFactory;
import de.integreat.chat.settings.RegionSettings;
import de.integreat.chat.settings.RegionSettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployable artifacts work: every sample event in {@code events/} runs through its function's shaded jar,
 * started by the Lambda Runtime Interface Client in a fresh JVM with the environment Lambda would give it
 * (template configuration, endpoints of the emulators), and gets its expected status. This catches what
 * in-JVM tests cannot: a class missing from a jar, a handler that only works on the test class path.
 */
class DeployedFunctionsIT {

    static final String TABLE = "deployed-functions";
    static final String BUCKET = "deployed-functions";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everySampleEventGetsItsStatusThroughTheShadedJar(@TempDir Path work) throws Exception {
        SamTemplate template = SamTemplate.load();
        Path root = ProjectFiles.root();
        try (Emulators emulators = Emulators.start(); RuntimeApi api = new RuntimeApi()) {
            seed(emulators, template);
            ColdStart runtime = new ColdStart(api, root.resolve("infrastructure/benchmark/target/lambda-ric.jar"), work);
            for (Map.Entry<String, Integer> expected : ProjectFiles.expectedEventStatuses().entrySet()) {
                byte[] event = Files.readAllBytes(root.resolve("events").resolve(expected.getKey()));
                SamTemplate.FunctionSpec function = functionOf(template, MAPPER.readTree(event));
                Map<String, String> env = Benchmark.coldEnvironment(template.environment(function.logicalId(), Map.of(),
                        Map.of(template.resourceId("AWS::DynamoDB::Table"), TABLE,
                                template.resourceId("AWS::S3::Bucket"), BUCKET)), emulators);
                ColdStart.Target target = new ColdStart.Target(expected.getKey(), root.resolve(function.codeUri()),
                        function.handler(), env, i -> event, expected.getValue(), List.of());
                runtime.prepare(target);
                runtime.sample(target, 0);
            }
        }
    }

    /** The table and bucket of template.yaml and the demo regions (augsburg: app chat on; artland: off). */
    static void seed(Emulators emulators, SamTemplate template) {
        AwsClients clients = AwsClients.create(new AwsClients.Settings(Emulators.REGION, emulators.credentials(),
                emulators.dynamoEndpoint(), emulators.s3Endpoint(), true, List.of()));
        TableFactory.createTable(clients.dynamo(), TABLE, template);
        TableFactory.createBucket(clients.s3(), BUCKET);
        RegionSettingsStore settings = new RegionSettingsStore(clients.dynamo(), TABLE, Clock.systemUTC(), 0);
        settings.save(new RegionSettings("augsburg", true, true, 100, 90, List.of("de", "en", "ar", "fa", "uk", "ru"), null));
        settings.save(new RegionSettings("artland", false, true, 100, 90, List.of("de", "en"), null));
    }

    private static SamTemplate.FunctionSpec functionOf(SamTemplate template, JsonNode event) {
        String routeKey = event.path("routeKey").asText();
        return template.functions().stream()
                .filter(f -> f.routes().stream().anyMatch(r -> r.routeKey().equals(routeKey)))
                .findFirst().orElseThrow(() -> new AssertionError("No function serves " + routeKey));
    }
}
