package de.integreat.chat.http;

import java.util.Map;

/**
 * A client-visible failure: the status and sentence of the {@code {"error": "..."}} body. Thrown anywhere
 * below a handler and turned into a response in exactly one place ({@link ApiFunction}).
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final Map<String, String> headers;

    public ApiError(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public ApiError(int status, String message) {
        this(status, message, Map.of());
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    public static ApiError conflict(String message) {
        return new ApiError(409, message);
    }

    public static ApiError tooManyRequests(long retryAfterSeconds) {
        return new ApiError(429, "Too many requests. Please try again later.",
                Map.of("retry-after", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public int status() {
        return status;
    }

    /** The response for this error. */
    public HttpResponse toResponse() {
        HttpResponse response = HttpResponse.json(status, Map.of("error", getMessage()));
        for (Map.Entry<String, String> header : headers.entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }
}
