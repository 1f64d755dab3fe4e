package de.integreat.chat.benchmark;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.currentchat.CurrentChatFunction;
import de.integreat.chat.emulators.HttpEvent;
import de.integreat.chat.fetchhistory.FetchHistoryFunction;
import de.integreat.chat.managechat.ManageChatFunction;
import de.integreat.chat.resolveattachment.ResolveAttachmentFunction;
import de.integreat.chat.sendmessage.SendMessageFunction;
import de.integreat.chat.settings.RegionSettings;
import de.integreat.chat.settings.RegionSettingsStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The data and the events of a run: the demo region {@code augsburg}, a reader device whose chat has a few
 * messages and one PDF attachment, and one event (or a rotating family of events) per measured route.
 */
final class Scenario {

    static final String REGION = "augsburg";
    static final List<String> LANGUAGES = List.of("de", "en", "ar", "fa", "uk", "ru");
    static final String READER = "bench-reader-0000-0000-0000-000000000001";
    /** Send events rotate over this many devices, so no chat grows beyond the send limit's worth of messages. */
    static final int SENDERS = 64;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One measured route: its function, a label, the expected status and the event of invocation {@code i}. */
    record RouteCase(String function, String label, int expectedStatus, IntFunction<byte[]> event) {
    }

    private String attachmentHash;

    /** Creates the region and the reader's chat (five messages and one attachment) through the real functions. */
    void seed(ChatContext context) {
        new RegionSettingsStore(context.aws().dynamo(), context.config().tableName(), context.clock(), 0)
                .save(new RegionSettings(REGION, true, true, 100, RegionSettings.DEFAULT_RETENTION_DAYS, LANGUAGES, null));
        SendMessageFunction send = new SendMessageFunction(context);
        for (int i = 1; i <= 5; i++) {
            expect(send, sendEvent(READER, "Hallo, ich habe eine Frage zu meinem Aufenthalt (" + i + ")."), 200);
        }
        JsonNode chat = readJson(body(expect(send, attachmentEvent(READER), 200)));
        attachmentHash = chat.path("messages").get(chat.path("messages").size() - 1).path("attachments").get(0).path("id").asText();
        expect(new CurrentChatFunction(context), isChatEnabledEvent(READER), 200);
    }

    /** The cold-start event of each function (the first request a fresh container serves). */
    byte[] coldEvent(String function, int sample) {
        return switch (function) {
            case "current-chat" -> currentChatEvent(READER);
            case "send-message" -> sendEvent(String.format("bench-cold-sender-%04d", sample), "Erste Nachricht");
            case "resolve-attachment" -> attachmentGetEvent();
            case "manage-chat" -> getSettingsEvent();
            case "fetch-history" -> authorChatHistoryEvent();
            default -> helloEvent();
        };
    }

    /** The status each function's cold event must get. */
    static int coldStatus(String function) {
        return switch (function) {
            case "resolve-attachment" -> 302;
            default -> 200;
        };
    }

    /** Every warm-measured route. */
    List<RouteCase> warmRoutes() {
        byte[][] sends = new byte[SENDERS][];
        for (int i = 0; i < SENDERS; i++) {
            sends[i] = sendEvent(String.format("bench-warm-sender-%04d", i), "Wie kann ich einen Termin bekommen?");
        }
        byte[] currentChat = currentChatEvent(READER);
        byte[] enabled = isChatEnabledEvent(READER);
        byte[] attachment = attachmentGetEvent();
        byte[] getSettings = getSettingsEvent();
        byte[] putSettings = putSettingsEvent();
        byte[] history = authorChatHistoryEvent();
        return List.of(
                new RouteCase("current-chat", "GET chat", 200, i -> currentChat),
                new RouteCase("current-chat", "GET is_chat_enabled", 200, i -> enabled),
                new RouteCase("send-message", "POST chat message", 200, i -> sends[i % SENDERS]),
                new RouteCase("resolve-attachment", "GET attachment", 302, i -> attachment),
                new RouteCase("manage-chat", "GET settings", 200, i -> getSettings),
                new RouteCase("manage-chat", "PUT settings", 200, i -> putSettings),
                new RouteCase("fetch-history", "GET author-chat messages", 200, i -> history));
    }

    /** The function of a module, built on {@code context} (what its no-argument constructor does with the environment). */
    static RequestStreamHandler function(String module, ChatContext context) {
        return switch (module) {
            case "current-chat" -> new CurrentChatFunction(context);
            case "send-message" -> new SendMessageFunction(context);
            case "resolve-attachment" -> new ResolveAttachmentFunction(context);
            case "manage-chat" -> new ManageChatFunction(context);
            case "fetch-history" -> new FetchHistoryFunction(context);
            default -> throw new IllegalArgumentException(module);
        };
    }

    static byte[] helloEvent() {
        return event("GET /hello").bytes();
    }

    private static byte[] currentChatEvent(String device) {
        return event("GET /api/v3/{region}/{language}/chat/{device_id}/")
                .path("region", REGION).path("language", "de").path("device_id", device).bytes();
    }

    private static byte[] isChatEnabledEvent(String device) {
        return event("GET /api/v3/{region}/{device_id}/is_chat_enabled/")
                .path("region", REGION).path("device_id", device).bytes();
    }

    private static byte[] sendEvent(String device, String text) {
        return event("POST /api/v3/{region}/{language}/chat/{device_id}/")
                .path("region", REGION).path("language", "de").path("device_id", device)
                .body("application/x-www-form-urlencoded", "message=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)).bytes();
    }

    private static byte[] attachmentEvent(String device) {
        String boundary = "----benchmark-boundary";
        byte[] pdf = new byte[4096];
        byte[] header = "%PDF-1.4\n% benchmark\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdf, 0, header.length);
        Arrays.fill(pdf, header.length, pdf.length, (byte) 'x');
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\nHier ist mein Bescheid.\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"bescheid.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return event("POST /api/v3/{region}/{language}/chat/{device_id}/")
                .path("region", REGION).path("language", "de").path("device_id", device)
                .body("multipart/form-data; boundary=" + boundary, body.toByteArray()).bytes();
    }

    private byte[] attachmentGetEvent() {
        return event("GET /api/v3/{region}/{language}/chat/{device_id}/{attachment_hash}/")
                .path("region", REGION).path("language", "de").path("device_id", READER)
                .path("attachment_hash", attachmentHash).bytes();
    }

    /** Events with a fixed request id and time, so that every run sends the same bytes. */
    private static HttpEvent event(String routeKey) {
        return HttpEvent.route(routeKey).header("accept", "application/json").header("user-agent", "integreat-benchmark")
                .fixed("benchmark-request", 1_796_300_000_000L);
    }

    private static HttpEvent staff(HttpEvent event) {
        return event.claim("sub", "benchmark-staff").claim("name", "Benchmark").claim("cognito:groups", "[staff]");
    }

    private static byte[] getSettingsEvent() {
        return staff(event("GET /cms/v1/regions/{region}/settings").path("region", REGION)).bytes();
    }

    private static byte[] putSettingsEvent() {
        String json = "{\"app_chat_enabled\":true,\"author_chat_enabled\":true,\"chat_beta_tester_percentage\":100,"
                + "\"retention_days\":90,\"languages\":[\"de\",\"en\",\"ar\",\"fa\",\"uk\",\"ru\"],\"helpdesk_url\":null}";
        return staff(event("PUT /cms/v1/regions/{region}/settings").path("region", REGION))
                .json(json).bytes();
    }

    private static byte[] authorChatHistoryEvent() {
        return staff(event("GET /cms/v1/author-chat/messages")).bytes();
    }

    /** Invokes a handler with an event and fails unless the response has {@code status}; returns the response. */
    static JsonNode expect(RequestStreamHandler handler, byte[] event, int status) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event), out, null);
            JsonNode response = MAPPER.readTree(out.toByteArray());
            checkStatus(response, status);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void checkStatus(JsonNode response, int status) {
        if (response.path("statusCode").asInt() != status) {
            throw new IllegalStateException("Expected status " + status + " but got " + response);
        }
    }

    private static JsonNode readJson(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String body(JsonNode response) {
        return response.path("body").asText();
    }
}
