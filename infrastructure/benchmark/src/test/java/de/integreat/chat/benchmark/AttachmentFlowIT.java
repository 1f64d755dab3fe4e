package de.integreat.chat.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.integreat.chat.emulators.Emulators;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.emulators.ProjectFiles;
import de.integreat.chat.emulators.SamTemplate;
import de.integreat.chat.testing.Multipart;
import de.integreat.chat.testing.TestFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 code paths work in the deployable artifacts: an attachment round trip runs through the shaded jars of
 * send-message, resolve-attachment, fetch-history and current-chat, each started by the Lambda Runtime Interface
 * Client in a fresh JVM (as {@link DeployedFunctionsIT} does) against dynalite and S3Proxy. It covers
 * multipart parsing (commons-fileupload2 and commons-io), putObject, the presigned GET and PUT, headObject, the
 * ranged getObject and copyObject, so that a class the SDK needs on one of these paths but that a shade filter
 * left out fails here, not in Lambda.
 */
class AttachmentFlowIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String REGION = "augsburg";
    private static final String COUNSELLOR = "counsellor:augsburg";

    private final HttpClient http = HttpClient.newHttpClient();
    private final SamTemplate template = SamTemplate.load();
    private final Path root = ProjectFiles.root();
    private Emulators emulators;
    private ColdStart runtime;

    @Test
    void attachmentRoundTripThroughTheShadedJars(@TempDir Path work) throws Exception {
        try (Emulators started = Emulators.start(); RuntimeApi api = new RuntimeApi()) {
            emulators = started;
            DeployedFunctionsIT.seed(emulators, template);
            runtime = new ColdStart(api, root.resolve("infrastructure/benchmark/target/lambda-ric.jar"), work);
            String device = UUID.randomUUID().toString();

            // (a) the app sends a message with a PDF as multipart/form-data (FormData): putObject
            byte[] appPdf = TestFiles.pdf(4_096, "bescheid");
            Multipart form = new Multipart().field("message", "Hier ist mein Bescheid.")
                    .file("attachment", "bescheid.pdf", "application/pdf", appPdf);
            JsonNode chat = json(invoke("send-app-attachment", "SendMessageFunction", 200,
                    HttpEvent.route("POST /api/v3/{region}/{language}/chat/{device_id}/")
                            .path("region", REGION).path("language", "de").path("device_id", device)
                            .body(form.contentType(), form.bytes())));
            JsonNode sent = last(chat.path("messages"));
            assertEquals("Hier ist mein Bescheid.", sent.path("content").asText());
            JsonNode appAttachment = sent.path("attachments").get(0);
            assertEquals("bescheid.pdf", appAttachment.path("filename").asText());
            assertEquals(appPdf.length, appAttachment.path("size").asInt());
            String appHash = appAttachment.path("id").asText();

            // (b) the app opens it: a redirect to a presigned GET that serves the bytes
            assertDownload(resolve("resolve-app-attachment", device, appHash), appPdf, "application/pdf");

            // (c) a counsellor finds the chat, declares an upload (presigned PUT), uploads and replies with it:
            // headObject, the ranged getObject of the first bytes and copyObject
            JsonNode chats = json(invoke("list-inbox-chats", "FetchHistoryFunction", 200,
                    HttpEvent.route("GET /cms/v1/regions/{region}/chats/").path("region", REGION)
                            .caller("c1", "Clara Counsellor", COUNSELLOR))).path("chats");
            assertEquals(1, chats.size(), chats.toString());
            String chatId = chats.get(0).path("chat_id").asText();

            byte[] replyPdf = TestFiles.pdf(48_213, "formular");
            JsonNode ticket = json(invoke("create-upload-url", "ResolveAttachmentFunction", 201,
                    HttpEvent.route("POST /cms/v1/regions/{region}/chats/{chat_id}/attachments")
                            .path("region", REGION).path("chat_id", chatId).caller("c1", "Clara Counsellor", COUNSELLOR)
                            .json("{\"filename\":\"Formular A.pdf\",\"content_type\":\"application/pdf\",\"size\":"
                                    + replyPdf.length + "}")));
            assertEquals("PUT", ticket.path("upload_method").asText());
            HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(ticket.path("upload_url").asText()))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(replyPdf));
            ticket.path("upload_headers").fields().forEachRemaining(h -> put.header(h.getKey(), h.getValue().asText()));
            assertEquals(200, http.send(put.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            String replyHash = ticket.path("id").asText();

            JsonNode reply = json(invoke("send-counsellor-reply", "SendMessageFunction", 201,
                    HttpEvent.route("POST /cms/v1/regions/{region}/chats/{chat_id}/messages")
                            .path("region", REGION).path("chat_id", chatId).caller("c1", "Clara Counsellor", COUNSELLOR)
                            .json("{\"text\":\"Guten Tag! Gern helfen wir.\",\"internal\":false,\"automatic\":false,"
                                    + "\"attachments\":[\"" + replyHash + "\"]}")));
            assertEquals("agent", reply.path("role").asText());
            assertEquals(replyHash, reply.path("attachments").get(0).path("id").asText());

            // the app sees the reply with its attachment and can open it (the copied object)
            JsonNode appView = json(invoke("current-chat", "CurrentChatFunction", 200,
                    HttpEvent.route("GET /api/v3/{region}/{language}/chat/{device_id}/")
                            .path("region", REGION).path("language", "de").path("device_id", device)));
            JsonNode agentMessage = last(appView.path("messages"));
            assertEquals("Guten Tag! Gern helfen wir.", agentMessage.path("content").asText());
            assertFalse(agentMessage.path("user_is_author").asBoolean());
            JsonNode replyAttachment = agentMessage.path("attachments").get(0);
            assertEquals("Formular A.pdf", replyAttachment.path("filename").asText());
            assertEquals(replyPdf.length, replyAttachment.path("size").asInt());
            assertDownload(resolve("resolve-reply-attachment", device, replyHash), replyPdf, "application/pdf");
        }
    }

    /** GET of an attachment through resolve-attachment: a 302 whose location is returned. */
    private String resolve(String step, String device, String hash) throws Exception {
        JsonNode response = invokeRaw(step, "ResolveAttachmentFunction", 302,
                HttpEvent.route("GET /api/v3/{region}/{language}/chat/{device_id}/{attachment_hash}/")
                        .path("region", REGION).path("language", "de").path("device_id", device)
                        .path("attachment_hash", hash));
        String location = response.path("headers").path("location").asText();
        assertTrue(location.startsWith(emulators.s3Endpoint().toString()), location);
        return location;
    }

    private void assertDownload(String location, byte[] expected, String contentType) throws Exception {
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode(), new String(download.body(), StandardCharsets.UTF_8));
        assertArrayEquals(expected, download.body());
        assertEquals(contentType, download.headers().firstValue("content-type").orElseThrow());
    }

    /** Runs {@code event} through the shaded jar of {@code logicalId} under the RIC; returns the response body. */
    private String invoke(String step, String logicalId, int expectedStatus, HttpEvent event) throws Exception {
        return invokeRaw(step, logicalId, expectedStatus, event).path("body").asText();
    }

    private JsonNode invokeRaw(String step, String logicalId, int expectedStatus, HttpEvent event) throws Exception {
        SamTemplate.FunctionSpec function = template.functions().stream()
                .filter(f -> f.logicalId().equals(logicalId)).findFirst().orElseThrow();
        Map<String, String> env = Benchmark.coldEnvironment(template.environment(logicalId, Map.of(),
                Map.of(template.resourceId("AWS::DynamoDB::Table"), DeployedFunctionsIT.TABLE,
                        template.resourceId("AWS::S3::Bucket"), DeployedFunctionsIT.BUCKET)), emulators);
        byte[] bytes = event.header("accept", "application/json").bytes();
        ColdStart.Target target = new ColdStart.Target(step, root.resolve(function.codeUri()), function.handler(), env,
                i -> bytes, expectedStatus, List.of());
        runtime.prepare(target);
        return MAPPER.readTree(runtime.sample(target, 0).response());
    }

    private static JsonNode json(String body) throws Exception {
        return MAPPER.readTree(body);
    }

    private static JsonNode last(JsonNode array) {
        assertTrue(array.size() > 0, array.toString());
        return array.get(array.size() - 1);
    }
}
