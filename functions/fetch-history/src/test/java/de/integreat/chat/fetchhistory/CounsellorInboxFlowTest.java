package de.integreat.chat.fetchhistory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.integreat.chat.currentchat.CurrentChatFunction;
import de.integreat.chat.resolveattachment.ResolveAttachmentFunction;
import de.integreat.chat.sendmessage.SendMessageFunction;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.testing.Lambda;
import de.integreat.chat.testing.Lambda.Response;
import de.integreat.chat.testing.MutableClock;
import de.integreat.chat.testing.TestEnvironment;
import de.integreat.chat.testing.TestFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counsellor side end to end through the handlers: app sends, counsellor lists, reads and replies, app reads. */
class CounsellorInboxFlowTest {

    static final String COUNSELLOR = "counsellor:augsburg";

    final HttpClient http = HttpClient.newHttpClient();
    TestEnvironment env;
    MutableClock clock;
    SendMessageFunction send;
    FetchHistoryFunction fetch;
    CurrentChatFunction current;
    ResolveAttachmentFunction attachments;

    @BeforeEach
    void setUp() {
        clock = MutableClock.startingNow();
        env = TestEnvironment.create().withClock(clock).demoRegions();
        send = new SendMessageFunction(env.context());
        fetch = new FetchHistoryFunction(env.context());
        current = new CurrentChatFunction(env.context());
        attachments = new ResolveAttachmentFunction(env.context());
    }

    Response appSend(String device, String json) {
        Response response = Lambda.invoke(send, HttpEvent.route(SendMessageFunction.APP_MESSAGE + "/")
                .path("region", "augsburg").path("language", "de").path("device_id", device).json(json).build());
        assertEquals(200, response.status(), response.body());
        clock.advance(Duration.ofSeconds(1));
        return response;
    }

    JsonNode appChat(String device) {
        Response response = Lambda.invoke(current, HttpEvent.route(CurrentChatFunction.CURRENT_CHAT + "/")
                .path("region", "augsburg").path("language", "de").path("device_id", device).build());
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    Response listChats(String role, String region) {
        return Lambda.invoke(fetch, HttpEvent.route(FetchHistoryFunction.INBOX_CHATS + "/").path("region", region)
                .caller("c1", "Clara", role).build());
    }

    Response chatMessages(String role, String chatId) {
        return Lambda.invoke(fetch, HttpEvent.route(FetchHistoryFunction.INBOX_MESSAGES).path("region", "augsburg")
                .path("chat_id", chatId).caller("c1", "Clara", role).build());
    }

    Response reply(String role, String region, String chatId, String json) {
        Response response = Lambda.invoke(send, HttpEvent.route(SendMessageFunction.COUNSELLOR_MESSAGE)
                .path("region", region).path("chat_id", chatId).caller("c1", "Clara", role).json(json).build());
        clock.advance(Duration.ofSeconds(1));
        return response;
    }

    Response declareUpload(String role, String chatId, String filename, String type, long size) {
        return Lambda.invoke(attachments, HttpEvent.route(ResolveAttachmentFunction.UPLOAD_URL).path("region", "augsburg")
                .path("chat_id", chatId).caller("c1", "Clara", role)
                .json("{\"filename\":\"" + filename + "\",\"content_type\":\"" + type + "\",\"size\":" + size + "}").build());
    }

    int upload(JsonNode ticket, byte[] content) throws Exception {
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(ticket.path("upload_url").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        ticket.path("upload_headers").fields().forEachRemaining(h -> put.header(h.getKey(), h.getValue().asText()));
        return http.send(put.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    String onlyChatId() {
        JsonNode chats = listChats(COUNSELLOR, "augsburg").json().path("chats");
        assertEquals(1, chats.size());
        return chats.get(0).path("chat_id").asText();
    }

    @Test
    void counsellorListsChatsNewestFirstAndRepliesWithPdfTheAppCanOpen() throws Exception {
        String anna = UUID.randomUUID().toString();
        appSend(anna, "{\"message\":\"Hallo, ich habe eine Frage.\"}");
        appSend(UUID.randomUUID().toString(), "{\"message\":\"Guten Tag\",\"evaluation_consent\":true}");

        Response list = listChats(COUNSELLOR, "augsburg");
        assertEquals(200, list.status(), list.body());
        JsonNode chats = list.json().path("chats");
        assertEquals(2, chats.size());
        assertTrue(chats.get(0).path("evaluation_consent").asBoolean());
        JsonNode annas = chats.get(1);
        assertEquals("de", annas.path("language").asText());
        assertEquals(1, annas.path("message_count").asInt());
        assertFalse(annas.path("expired").asBoolean());
        assertTrue(annas.path("created_at").asText().endsWith("Z"));
        assertTrue(list.json().path("next_cursor").isNull());
        String chatId = annas.path("chat_id").asText();
        assertEquals("Hallo, ich habe eine Frage.", chatMessages(COUNSELLOR, chatId).json().path("messages").get(0).path("content").asText());

        byte[] pdf = TestFiles.pdf(48_213, "formular");
        Response declared = declareUpload(COUNSELLOR, chatId, "Formular A.pdf", "application/pdf", pdf.length);
        assertEquals(201, declared.status(), declared.body());
        assertEquals("PUT", declared.json().path("upload_method").asText());
        assertEquals("application/pdf", declared.json().path("upload_headers").path("content-type").asText());
        assertEquals(200, upload(declared.json(), pdf));
        String hash = declared.json().path("id").asText();

        Response replied = reply(COUNSELLOR, "augsburg", chatId, "{\"text\":\"Guten Tag! Gern helfen wir.\",\"attachments\":[\"" + hash + "\"]}");
        assertEquals(201, replied.status(), replied.body());
        assertEquals(2, replied.json().path("id").asInt());
        assertEquals("agent", replied.json().path("role").asText());

        JsonNode agentMessage = appChat(anna).path("messages").get(1);
        assertEquals("Guten Tag! Gern helfen wir.", agentMessage.path("content").asText());
        assertFalse(agentMessage.path("user_is_author").asBoolean());
        assertEquals("agent", agentMessage.path("role").asText());
        assertFalse(agentMessage.path("automatic_answer").asBoolean());
        JsonNode attachment = agentMessage.path("attachments").get(0);
        assertEquals(hash, attachment.path("id").asText());
        assertEquals("Formular A.pdf", attachment.path("filename").asText());
        assertEquals(pdf.length, attachment.path("size").asInt());
        assertEquals("application/pdf", attachment.path("content_type").asText());

        Response redirect = Lambda.invoke(attachments, HttpEvent.route(ResolveAttachmentFunction.APP_ATTACHMENT + "/")
                .path("region", "augsburg").path("language", "de").path("device_id", anna).path("attachment_hash", hash).build());
        assertEquals(302, redirect.status(), redirect.body());
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(redirect.header("location"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());

        assertEquals(chatId, listChats(COUNSELLOR, "augsburg").json().path("chats").get(0).path("chat_id").asText());
    }

    @Test
    void internalNoteIsShownToCounsellorsButNeverToTheApp() {
        String device = UUID.randomUUID().toString();
        appSend(device, "{\"message\":\"Hallo\"}");
        String chatId = onlyChatId();

        Response note = reply("counsellor", "augsburg", chatId, "{\"text\":\"Kennt das Amt schon\",\"internal\":true}");
        reply(COUNSELLOR, "augsburg", chatId, "{\"text\":\"Antwort\"}");

        assertEquals(201, note.status(), note.body());
        assertTrue(note.json().path("internal").asBoolean());
        JsonNode all = chatMessages(COUNSELLOR, chatId).json().path("messages");
        assertEquals(3, all.size());
        assertTrue(all.get(1).path("internal").asBoolean());
        JsonNode app = appChat(device).path("messages");
        assertEquals(2, app.size());
        assertEquals(List.of(1, 3), List.of(app.get(0).path("id").asInt(), app.get(1).path("id").asInt()));
        assertEquals("Antwort", app.get(1).path("content").asText());
    }

    @Test
    void attachmentOfAnInternalNoteIsNotReachableFromTheApp() throws Exception {
        String device = UUID.randomUUID().toString();
        appSend(device, "{\"message\":\"Hallo\"}");
        String chatId = onlyChatId();
        byte[] pdf = TestFiles.pdf(1000, "intern");
        JsonNode ticket = declareUpload(COUNSELLOR, chatId, "intern.pdf", "application/pdf", pdf.length).json();
        assertEquals(200, upload(ticket, pdf));
        String hash = ticket.path("id").asText();

        Response note = reply(COUNSELLOR, "augsburg", chatId,
                "{\"text\":\"Aktennotiz\",\"internal\":true,\"attachments\":[\"" + hash + "\"]}");
        Response resolved = Lambda.invoke(attachments, HttpEvent.route(ResolveAttachmentFunction.APP_ATTACHMENT + "/")
                .path("region", "augsburg").path("language", "de").path("device_id", device).path("attachment_hash", hash).build());

        assertEquals(201, note.status(), note.body());
        assertEquals(hash, note.json().path("attachments").get(0).path("id").asText());
        assertEquals(404, resolved.status(), resolved.body());
    }

    @Test
    void automaticReplyIsAnAutomaticAnswerInTheApp() {
        String device = UUID.randomUUID().toString();
        appSend(device, "{\"message\":\"Wann hat das Amt offen?\"}");

        Response bot = reply("staff", "augsburg", onlyChatId(), "{\"text\":\"Mo-Fr 8-12 Uhr\",\"automatic\":true}");

        assertEquals(201, bot.status(), bot.body());
        JsonNode answer = appChat(device).path("messages").get(1);
        assertTrue(answer.path("automatic_answer").asBoolean());
        assertFalse(answer.path("user_is_author").asBoolean());
    }

    @Test
    void counsellorOfAnotherRegionCannotListReadOrAnswer() {
        appSend(UUID.randomUUID().toString(), "{\"message\":\"Hallo\"}");
        String chatId = onlyChatId();

        assertEquals(403, listChats("counsellor:artland", "augsburg").status());
        assertEquals(403, chatMessages("counsellor:artland", chatId).status());
        assertEquals(403, reply("counsellor:artland", "augsburg", chatId, "{\"text\":\"x\"}").status());
        assertEquals(403, declareUpload("counsellor:artland", chatId, "a.pdf", "application/pdf", 10).status());
        assertEquals(404, reply("counsellor:artland", "artland", chatId, "{\"text\":\"x\"}").status());
        assertEquals(0, listChats("counsellor:artland", "artland").json().path("chats").size());
        assertEquals(200, listChats("management", "augsburg").status());
        assertEquals(401, Lambda.invoke(fetch, HttpEvent.route(FetchHistoryFunction.INBOX_CHATS)
                .path("region", "augsburg").build()).status());
        assertEquals(404, listChats("staff", "nowhere").status());
    }

    @Test
    void uploadWithOtherSizeOrTypeThanDeclaredIsRefusedAndNeverReachable() throws Exception {
        String device = UUID.randomUUID().toString();
        appSend(device, "{\"message\":\"Hallo\"}");
        String chatId = onlyChatId();
        byte[] pdf = TestFiles.pdf(2_000, "short");

        JsonNode shorter = declareUpload(COUNSELLOR, chatId, "a.pdf", "application/pdf", pdf.length + 1).json();
        assertEquals(403, upload(shorter, pdf), "the signature covers the declared length");
        JsonNode otherSize = declareUpload(COUNSELLOR, chatId, "b.pdf", "application/pdf", pdf.length + 1).json();
        putDirectly(otherSize, "application/pdf", pdf);
        JsonNode otherType = declareUpload(COUNSELLOR, chatId, "c.pdf", "application/pdf", pdf.length).json();
        putDirectly(otherType, "image/png", pdf);
        JsonNode never = declareUpload(COUNSELLOR, chatId, "d.pdf", "application/pdf", pdf.length).json();

        List<String> refused = new ArrayList<>();
        for (JsonNode ticket : List.of(shorter, otherSize, otherType, never)) {
            Response response = reply(COUNSELLOR, "augsburg", chatId,
                    "{\"text\":\"Anbei\",\"attachments\":[\"" + ticket.path("id").asText() + "\"]}");
            assertEquals(400, response.status(), response.body());
            refused.add(ticket.path("id").asText());
        }

        assertEquals(1, appChat(device).path("messages").size());
        for (String hash : refused) {
            Response resolve = Lambda.invoke(attachments, HttpEvent.route(ResolveAttachmentFunction.APP_ATTACHMENT)
                    .path("region", "augsburg").path("language", "de").path("device_id", device)
                    .path("attachment_hash", hash).build());
            assertEquals(404, resolve.status());
        }
    }

    /** Writes an upload object with bucket credentials, bypassing the presigned URL's signed type and length. */
    void putDirectly(JsonNode ticket, String contentType, byte[] content) {
        env.clients().s3().putObject(b -> b.bucket(env.bucket()).key("uploads/" + ticket.path("id").asText())
                .contentType(contentType), software.amazon.awssdk.core.sync.RequestBody.fromBytes(content));
    }

    @Test
    void uploadWhoseBytesAreNotTheDeclaredTypeIsRefused() throws Exception {
        appSend(UUID.randomUUID().toString(), "{\"message\":\"Hallo\"}");
        String chatId = onlyChatId();
        byte[] notPdf = "MZ this is no PDF at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        JsonNode ticket = declareUpload(COUNSELLOR, chatId, "rechnung.pdf", "application/pdf", notPdf.length).json();

        assertEquals(200, upload(ticket, notPdf));
        Response response = reply(COUNSELLOR, "augsburg", chatId,
                "{\"text\":\"x\",\"attachments\":[\"" + ticket.path("id").asText() + "\"]}");

        assertEquals(400, response.status(), response.body());
        assertEquals("Attachment 'rechnung.pdf' has an unsupported file type.", response.error());
    }

    @Test
    void undeclaredOrForeignAttachmentIdIsRefused() {
        appSend(UUID.randomUUID().toString(), "{\"message\":\"Hallo\"}");
        String chatId = onlyChatId();

        Response response = reply(COUNSELLOR, "augsburg", chatId, "{\"text\":\"x\",\"attachments\":[\"" + "a".repeat(64) + "\"]}");
        Response malformed = reply(COUNSELLOR, "augsburg", chatId, "{\"text\":\"x\",\"attachments\":[\"../etc\"]}");

        assertEquals(400, response.status());
        assertEquals(400, malformed.status());
    }

    @Test
    void attachmentIdsAreCheckedForTheirFormBeforeAnyLookupAndCountedAfterDuplicatesGo() {
        appSend(UUID.randomUUID().toString(), "{\"message\":\"Hallo\"}");
        String chatId = onlyChatId();
        String many = java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "\"" + String.format("%064x", i) + "\"")
                .collect(java.util.stream.Collectors.joining(","));

        Response malformed = reply(COUNSELLOR, "augsburg", chatId, "{\"text\":\"x\",\"attachments\":[\"" + "x".repeat(5000) + "\"]}");
        Response tooMany = reply(COUNSELLOR, "augsburg", chatId, "{\"text\":\"x\",\"attachments\":[" + many + "]}");

        assertEquals("Field 'attachments' must be a list of attachment ids.", malformed.error());
        assertEquals(400, tooMany.status());
        assertTrue(tooMany.error().startsWith("At most "), tooMany.body());
    }

    @Test
    void declaringAFileOutsideTheLimitsIs400() {
        appSend(UUID.randomUUID().toString(), "{\"message\":\"Hallo\"}");
        String chatId = onlyChatId();

        assertEquals(400, declareUpload(COUNSELLOR, chatId, "a.exe", "application/x-msdownload", 10).status());
        assertEquals(400, declareUpload(COUNSELLOR, chatId, "a.pdf", "application/pdf", 6_000_000).status());
        assertEquals(400, declareUpload(COUNSELLOR, chatId, "a.pdf", "application/pdf", 0).status());
        assertEquals(404, declareUpload(COUNSELLOR, "01HZZZZZZZZZZZZZZZZZZZZZZZ", "a.pdf", "application/pdf", 10).status());
    }

    @Test
    void emptyOrBadReplyIs400() {
        appSend(UUID.randomUUID().toString(), "{\"message\":\"Hallo\"}");
        String chatId = onlyChatId();

        assertEquals(400, reply(COUNSELLOR, "augsburg", chatId, "{\"text\":\"   \"}").status());
        assertEquals(400, reply(COUNSELLOR, "augsburg", chatId, "{\"text\":\"x\",\"internal\":\"yes\"}").status());
        assertEquals(400, reply(COUNSELLOR, "augsburg", chatId, "[]").status());
        assertEquals(404, reply(COUNSELLOR, "augsburg", "nope", "{\"text\":\"x\"}").status());
    }
}
