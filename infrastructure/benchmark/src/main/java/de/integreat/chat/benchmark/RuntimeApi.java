package de.integreat.chat.benchmark;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Lambda Runtime API (the part a runtime interface client uses): it hands out one
 * event per {@link #expect} on {@code GET /2018-06-01/runtime/invocation/next} and records when the response
 * to it has been received completely. A {@code next} call that finds no new event (the runtime asking for its
 * second one) waits until the server closes; the harness stops that runtime before it expects the next event.
 */
final class RuntimeApi implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";

    /** One invocation's timeline in {@link System#nanoTime()} terms, and the response the function sent. */
    record Invocation(long nextCalledNanos, long respondedNanos, String response) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "runtime-api");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger ids = new AtomicInteger();
    private final Object lock = new Object();
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    private Pending pending;

    private static final class Pending {
        final String requestId;
        final byte[] event;
        final CompletableFuture<Invocation> result = new CompletableFuture<>();
        boolean delivered;
        long nextCalledNanos;

        Pending(String requestId, byte[] event) {
            this.requestId = requestId;
            this.event = event;
        }
    }

    RuntimeApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues {@code event} as the next invocation; the future completes when its response has arrived. */
    CompletableFuture<Invocation> expect(byte[] event) {
        synchronized (lock) {
            if (pending != null) {
                pending.result.cancel(false);
            }
            pending = new Pending("bench-" + ids.incrementAndGet(), event);
            return pending.result;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            if ("GET".equals(exchange.getRequestMethod()) && path.equals("invocation/next")) {
                next(exchange);
            } else if (path.startsWith("invocation/") && path.endsWith("/response")) {
                long now = System.nanoTime();
                complete(path, p -> p.result.complete(new Invocation(p.nextCalledNanos, now,
                        new String(body, StandardCharsets.UTF_8))));
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else if (path.endsWith("/error")) {
                String error = new String(body, StandardCharsets.UTF_8);
                complete(path, p -> p.result.completeExceptionally(new IllegalStateException("Function error: " + error)));
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else {
                send(exchange, 404, "{\"errorMessage\":\"unknown path\"}");
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        Pending p;
        synchronized (lock) {
            p = pending == null || pending.delivered ? null : pending;
            if (p != null) {
                p.delivered = true;
                p.nextCalledNanos = System.nanoTime();
            }
        }
        if (p == null) {
            // the runtime asks for its second event: it is about to be stopped, so it never gets one
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", p.requestId);
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 900_000));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                "arn:aws:lambda:eu-central-1:123456789012:function:benchmark");
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, p.event.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(p.event);
        }
    }

    private void complete(String path, java.util.function.Consumer<Pending> action) {
        boolean initError = path.startsWith("init/");
        String requestId = initError ? "" : path.substring("invocation/".length(), path.lastIndexOf('/'));
        synchronized (lock) {
            if (pending != null && (initError || pending.requestId.equals(requestId))) {
                action.accept(pending);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
