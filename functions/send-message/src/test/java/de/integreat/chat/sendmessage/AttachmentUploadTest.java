package de.integreat.chat.sendmessage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.Multipart;
import de.integreat.chat.testing.TestEnvironment;
import de.integreat.chat.testing.TestFiles;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** File parts of the app's POST: stored in S3 and listed on the message, or refused with nothing stored. */
class AttachmentUploadTest {

    TestEnvironment env;
    SendMessageFunction function;
    String device;

    @BeforeEach
    void setUp() {
        env = TestEnvironment.create().with("ATTACHMENT_MAX_BYTES", "10000").with("ATTACHMENT_MAX_COUNT", "2").demoRegions();
        function = new SendMessageFunction(env.context());
        device = UUID.randomUUID().toString();
    }

    Response post(Multipart form) {
        return Lambda.invoke(function, HttpEvent.route("POST /api/v3/{region}/{language}/chat/{device_id}/")
                .path("region", "augsburg").path("language", "de").path("device_id", device)
                .body(form.contentType(), form.bytes()).build());
    }

    @Test
    void filePartsAreStoredAndListedWithTheirNames() {
        Response response = post(new Multipart().field("message", "Zwei Formulare")
                .file("attachment", "Formular A (1).pdf", "application/pdf", TestFiles.pdf(5000, "a"))
                .file("attachment", "Ärztliche Bescheinigung.pdf", "application/pdf", TestFiles.pdf(7000, "b")));

        assertEquals(200, response.status(), response.body());
        JsonNode attachments = response.json().path("messages").get(0).path("attachments");
        assertEquals(2, attachments.size());
        assertEquals("Formular A (1).pdf", attachments.get(0).path("filename").asText());
        assertEquals("Ärztliche Bescheinigung.pdf", attachments.get(1).path("filename").asText());
        assertEquals(7000, attachments.get(1).path("size").asInt());
        assertEquals("application/pdf", attachments.get(1).path("content_type").asText());
        for (JsonNode attachment : attachments) {
            assertTrue(attachment.path("id").asText().matches("[0-9a-f]{64}"));
        }
        assertEquals(2, storedObjects());
    }

    @Test
    void attachmentOnlyMessageIsAccepted() {
        Response response = post(new Multipart().file("attachment", "scan.pdf", "application/pdf", TestFiles.pdf(100, "c")));

        assertEquals(200, response.status(), response.body());
        assertEquals("", response.json().path("messages").get(0).path("content").asText());
    }

    @Test
    void tooLargeFileIsRefusedAndNothingStored() {
        Response response = post(new Multipart().field("message", "groß")
                .file("attachment", "klein.pdf", "application/pdf", TestFiles.pdf(100, "k"))
                .file("attachment", "riesig.pdf", "application/pdf", TestFiles.pdf(10_001, "r")));

        assertEquals(400, response.status());
        assertEquals("Attachment 'riesig.pdf' exceeds the maximum allowed size.", response.error());
        assertNothingStored();
    }

    @Test
    void wrongTypeIsRefusedAndNothingStored() {
        Response declared = post(new Multipart().file("attachment", "tool.exe", "application/octet-stream", new byte[] {77, 90}));
        Response disguised = post(new Multipart().file("attachment", "tool.pdf", "application/pdf", new byte[] {77, 90, 0, 0}));

        assertEquals("Attachment 'tool.exe' has an unsupported file type.", declared.error());
        assertEquals("Attachment 'tool.pdf' has an unsupported file type.", disguised.error());
        assertNothingStored();
    }

    @Test
    void tooManyFilesAreRefusedAndNothingStored() {
        Response response = post(new Multipart()
                .file("attachment", "1.pdf", "application/pdf", TestFiles.pdf(100, "1"))
                .file("attachment", "2.pdf", "application/pdf", TestFiles.pdf(100, "2"))
                .file("attachment", "3.pdf", "application/pdf", TestFiles.pdf(100, "3")));

        assertEquals(400, response.status());
        assertEquals("At most 2 attachments can be sent per message.", response.error());
        assertNothingStored();
    }

    void assertNothingStored() {
        assertEquals(0, storedObjects());
        assertEquals(0, env.clients().dynamo().scan(b -> b.tableName(env.table())
                .filterExpression("begins_with(pk, :a) OR pk = :d")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("ATTACHMENT#"),
                        ":d", AttributeValue.fromS("DEVICE#" + device))))
                .count());
    }

    int storedObjects() {
        return env.clients().s3().listObjectsV2(b -> b.bucket(env.bucket())).keyCount();
    }
}
