package de.integreat.chat.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Base of every Lambda handler: reads the HTTP API event, dispatches on its route key to a {@link Route}
 * and writes the response. This is the one place where errors become {@code {"error": ...}} bodies.
 */
public abstract class ApiFunction implements RequestStreamHandler {

    private static final Logger LOG = Logger.getLogger(ApiFunction.class.getName());

    private final Map<String, Route> routes;

    /** @param routes route key (as in template.yaml, trailing slash optional) to its code */
    protected ApiFunction(Map<String, Route> routes) {
        this.routes = Map.copyOf(routes);
    }

    /** The route keys this function serves, in their canonical form (no trailing slash). */
    public Set<String> routeKeys() {
        return routes.keySet();
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Json.write(handle(Json.readObject(input)).toEvent(), output);
    }

    /** Handles one event; never throws. */
    public final HttpResponse handle(Map<String, Object> event) {
        String requestId = Json.textAt(Json.objectAt(event, "requestContext"), "requestId", "");
        try {
            HttpRequest request = HttpEvents.parse(event);
            Route route = routes.get(canonicalRouteKey(request.routeKey()));
            if (route == null) {
                return HttpResponse.json(404, Map.of("message", "Not Found"));
            }
            return route.handle(request);
        } catch (ApiError e) {
            return e.toResponse();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Request " + requestId + " failed", e);
            return HttpResponse.json(500, Json.object("error", "Internal server error.", "request_id", requestId));
        }
    }

    /** {@code GET /a/{b}/} and {@code GET /a/{b}} name the same route. */
    public static String canonicalRouteKey(String routeKey) {
        return routeKey.length() > 1 && routeKey.endsWith("/") ? routeKey.substring(0, routeKey.length() - 1) : routeKey;
    }
}
