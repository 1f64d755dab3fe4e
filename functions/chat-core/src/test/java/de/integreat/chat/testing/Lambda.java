package de.integreat.chat.testing;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Invokes a handler the way the Lambda runtime does: event JSON in, response JSON out. */
public final class Lambda {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The parsed payload 2.0 response. */
    public record Response(int status, JsonNode headers, String body) {

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Body is not JSON: " + body, e);
            }
        }

        public String header(String name) {
            JsonNode value = headers.get(name);
            return value == null ? null : value.asText();
        }

        /** The {@code error} sentence of an error body. */
        public String error() {
            return json().path("error").asText();
        }
    }

    private Lambda() {
    }

    public static Response invoke(RequestStreamHandler handler, JsonNode event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(MAPPER.writeValueAsBytes(event)), out, null);
            JsonNode response = MAPPER.readTree(out.toByteArray());
            return new Response(response.path("statusCode").asInt(), response.path("headers"), response.path("body").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
