package de.integreat.chat.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class RuntimeApiTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void handsOutTheEventAndTimesTheResponse() throws Exception {
        try (RuntimeApi api = new RuntimeApi()) {
            CompletableFuture<RuntimeApi.Invocation> invocation = api.expect("{\"n\":1}".getBytes());

            HttpResponse<String> next = get(api, "invocation/next");
            String id = next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
            assertEquals("{\"n\":1}", next.body());
            assertTrue(next.headers().firstValue("Lambda-Runtime-Deadline-Ms").isPresent());
            assertFalse(invocation.isDone());

            assertEquals(202, post(api, "invocation/" + id + "/response", "{\"statusCode\":200}").statusCode());
            RuntimeApi.Invocation result = invocation.get(5, TimeUnit.SECONDS);
            assertEquals("{\"statusCode\":200}", result.response());
            assertTrue(result.respondedNanos() >= result.nextCalledNanos());
        }
    }

    @Test
    void secondNextWaitsInsteadOfRepeatingTheEvent() throws Exception {
        try (RuntimeApi api = new RuntimeApi()) {
            api.expect("{}".getBytes());
            get(api, "invocation/next");

            CompletableFuture<HttpResponse<String>> second = http.sendAsync(request(api, "invocation/next").GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS));
            second.cancel(true);
        }
    }

    @Test
    void reportsAFunctionError() throws Exception {
        try (RuntimeApi api = new RuntimeApi()) {
            CompletableFuture<RuntimeApi.Invocation> invocation = api.expect("{}".getBytes());
            String id = get(api, "invocation/next").headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();

            post(api, "invocation/" + id + "/error", "{\"errorMessage\":\"boom\"}");

            ExecutionException e = assertThrows(ExecutionException.class, () -> invocation.get(5, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().contains("boom"));
        }
    }

    private HttpResponse<String> get(RuntimeApi api, String path) throws Exception {
        return http.send(request(api, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(RuntimeApi api, String path, String body) throws Exception {
        return http.send(request(api, path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(RuntimeApi api, String path) {
        return HttpRequest.newBuilder(URI.create("http://" + api.address() + "/2018-06-01/runtime/" + path))
                .timeout(Duration.ofSeconds(10));
    }
}
