package de.integreat.chat.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpEventsTest {

    static Map<String, Object> event(String json) {
        return Json.readObject(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headerNamesInAnyCaseAreFoundTheSameWay() throws Exception {
        HttpRequest request = HttpEvents.parse(event("""
                {"routeKey":"POST /x","rawPath":"/x","headers":{"Content-Type":"application/JSON; charset=utf-8",
                 "IDEMPOTENCY-KEY":"k1"},"requestContext":{"http":{"method":"POST"},"requestId":"r1"},
                 "body":"{}","isBase64Encoded":false}"""));

        assertEquals("application/json", request.mediaType());
        assertEquals("k1", request.header("Idempotency-Key"));
        assertEquals("k1", request.header("idempotency-key"));
    }

    @Test
    void base64BodiesAreDecodedFirst() throws Exception {
        HttpRequest request = HttpEvents.parse(event("""
                {"routeKey":"POST /x","rawPath":"/x","headers":{},"requestContext":{"http":{"method":"POST"}},
                 "body":"w4RyZ2Vy","isBase64Encoded":true}"""));

        assertArrayEquals("Ärger".getBytes(StandardCharsets.UTF_8), request.body());
    }

    @Test
    void brokenBase64IsAClientError() throws Exception {
        ApiError error = assertThrows(ApiError.class, () -> HttpEvents.parse(event("""
                {"routeKey":"POST /x","headers":{},"requestContext":{},"body":"***","isBase64Encoded":true}""")));

        assertEquals(400, error.status());
    }

    @Test
    void jwtClaimsArePassedAsStrings() throws Exception {
        HttpRequest request = HttpEvents.parse(event("""
                {"routeKey":"GET /x","headers":{},"requestContext":{"authorizer":{"jwt":{"claims":
                 {"sub":"u1","cognito:groups":"[staff counsellor:augsburg]"}}}}}"""));

        assertEquals("u1", request.claims().get("sub"));
        assertEquals("[staff counsellor:augsburg]", request.claims().get("cognito:groups"));
    }

    @Test
    void claimsThatAreJsonListsArePassedAsTheirJson() {
        HttpRequest request = HttpEvents.parse(event("""
                {"routeKey":"GET /x","requestContext":{"authorizer":{"jwt":{"claims":{"groups":["staff","x"]}}}}}"""));

        assertEquals("[\"staff\",\"x\"]", request.claims().get("groups"));
    }
}
