package de.integreat.chat.http;

/** The code behind one route: request in, response out; failures as {@link ApiError}. */
@FunctionalInterface
public interface Route {
    HttpResponse handle(HttpRequest request);
}
