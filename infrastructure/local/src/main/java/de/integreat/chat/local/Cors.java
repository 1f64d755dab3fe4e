package de.integreat.chat.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import de.integreat.chat.emulators.SamTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The HTTP API's CORS configuration from template.yaml, applied the way API Gateway does: it answers
 * preflight requests itself and adds the allow headers to responses for allowed origins. The allowed
 * origins are the template parameter's default unless {@code CORS_ALLOWED_ORIGINS} (comma separated) is set,
 * e.g. to a CMS frontend running on another local port.
 */
record Cors(List<String> origins, String methods, String headers, String exposeHeaders, String maxAge) {

    static Cors from(SamTemplate template, Map<String, String> environment) {
        JsonNode config = template.resourceProperties("AWS::Serverless::HttpApi").path("CorsConfiguration");
        String origins = environment.getOrDefault("CORS_ALLOWED_ORIGINS",
                template.parameterDefaults().getOrDefault(config.path("AllowOrigins").asText(), ""));
        return new Cors(Arrays.stream(origins.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList(),
                join(config.path("AllowMethods")), join(config.path("AllowHeaders")),
                join(config.path("ExposeHeaders")), config.path("MaxAge").asText(""));
    }

    boolean isPreflight(String method, Headers request) {
        return "OPTIONS".equals(method) && request.containsKey("Access-Control-Request-Method");
    }

    /** Adds the preflight answer's headers (none for an origin that is not allowed). */
    void addPreflightHeaders(Headers request, Headers response) {
        if (allows(request.getFirst("Origin"))) {
            response.add("Access-Control-Allow-Origin", request.getFirst("Origin"));
            response.add("Access-Control-Allow-Methods", methods);
            response.add("Access-Control-Allow-Headers", headers);
            if (!maxAge.isEmpty()) {
                response.add("Access-Control-Max-Age", maxAge);
            }
        }
    }

    /** Adds the headers of an actual cross-origin response. */
    void addResponseHeaders(Headers request, Headers response) {
        if (allows(request.getFirst("Origin"))) {
            response.add("Access-Control-Allow-Origin", request.getFirst("Origin"));
            if (!exposeHeaders.isEmpty()) {
                response.add("Access-Control-Expose-Headers", exposeHeaders);
            }
        }
    }

    private boolean allows(String origin) {
        return origin != null && origins.contains(origin);
    }

    private static String join(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asText()));
        return String.join(",", values);
    }
}
