package de.integreat.chat.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.integreat.chat.attachments.AttachmentRef;
import de.integreat.chat.appchat.ChatView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void responseRecordsAreWrittenWithTheirApiNamesInOrderAndNestedRecordsToo() {
        ChatView chat = new ChatView(List.of(new ChatView.MessageView(3, "Hallo", true, false, "user", "2026-12-03T10:00:00.000Z",
                List.of(new AttachmentRef("ab", "a.pdf", 12, "application/pdf")))), true, false, null);

        assertEquals("{\"messages\":[{\"id\":3,\"content\":\"Hallo\",\"user_is_author\":true,\"automatic_answer\":false,"
                + "\"role\":\"user\",\"created_at\":\"2026-12-03T10:00:00.000Z\",\"attachments\":[{\"id\":\"ab\","
                + "\"filename\":\"a.pdf\",\"size\":12,\"content_type\":\"application/pdf\"}]}],"
                + "\"evaluation_consent\":true,\"chatbot_typing\":false}", Json.write(chat));
    }

    @Test
    void nullFieldsAreWrittenAsNull() {
        assertEquals("{\"next_cursor\":null,\"n\":1}", Json.write(Json.object("next_cursor", null, "n", 1)));
    }

    @Test
    void aRecordThatDoesNotNameItsFieldsIsRefusedInsteadOfGuessedAt() {
        record Unnamed(String value) {
        }

        assertThrows(IllegalStateException.class, () -> Json.write(Map.of("x", new Unnamed("y"))));
    }

    @Test
    void bodiesThatAreNotJsonObjectsAreClientErrorsWithTheirReason() {
        assertEquals("The request body is not valid JSON.", message("{\"a\":"));
        assertEquals("The request body must be a JSON object.", message("[1,2]"));
        assertEquals("The request body must be a JSON object.", message(""));
        assertEquals(Map.of("a", 1), Json.readObject("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anythingAfterTheObjectMakesTheBodyInvalid() {
        assertEquals("The request body is not valid JSON.", message("{\"text\":\"a\"}x"));
        assertEquals("The request body is not valid JSON.", message("{\"text\":\"a\"} {\"text\":\"b\"}"));
        assertEquals("The request body is not valid JSON.", message("{\"text\":\"a\"}]"));
        assertEquals(Map.of("text", "a"), Json.readObject("{\"text\":\"a\"} \r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRepeatedNameKeepsItsLastValue() {
        assertEquals(Map.of("text", "b"), Json.readObject("{\"text\":\"a\",\"text\":\"b\"}".getBytes(StandardCharsets.UTF_8)));
    }

    private static String message(String body) {
        return assertThrows(ApiError.class, () -> Json.readObject(body.getBytes(StandardCharsets.UTF_8))).getMessage();
    }
}
