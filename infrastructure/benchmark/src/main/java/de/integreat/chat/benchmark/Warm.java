package de.integreat.chat.benchmark;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.integreat.chat.config.ChatContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm handler time per route, in this JVM: after a warm-up, each invocation is timed around
 * {@code handleRequest} (event bytes in, response bytes out), with the DynamoDB calls, the time inside them
 * and their consumed capacity taken from the {@link SdkMeter} on the function's client.
 */
final class Warm {

    /** The figures of one route. */
    record Result(String function, String route, int invocations, double p50Ms, double p99Ms,
                  double ownWorkP50Ms, double ownWorkP99Ms, double callsPerRequest, double capacityPerRequest,
                  List<String> operations, Map<String, Integer> requestsByCallCount) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ChatContext context;
    private final SdkMeter meter;

    Warm(ChatContext context, SdkMeter meter) {
        this.context = context;
        this.meter = meter;
    }

    List<Result> run(List<Scenario.RouteCase> routes, int warmup, int invocations) {
        Map<String, RequestStreamHandler> functions = new LinkedHashMap<>();
        List<Result> results = new java.util.ArrayList<>();
        for (Scenario.RouteCase route : routes) {
            RequestStreamHandler function = functions.computeIfAbsent(route.function(), m -> Scenario.function(m, context));
            results.add(measure(function, route, warmup, invocations));
            Result r = results.get(results.size() - 1);
            System.out.printf("  warm %-20s %-26s p50 %7.3f ms  p99 %7.3f ms  own p50 %6.3f ms  calls %.2f %s  capacity %.2f%n",
                    route.function(), route.label(), r.p50Ms(), r.p99Ms(), r.ownWorkP50Ms(), r.callsPerRequest(),
                    r.requestsByCallCount(), r.capacityPerRequest());
        }
        return results;
    }

    private Result measure(RequestStreamHandler function, Scenario.RouteCase route, int warmup, int invocations) {
        for (int i = 0; i < warmup; i++) {
            invoke(function, route.event().apply(i), route.expectedStatus());
        }
        long[] total = new long[invocations];
        long[] own = new long[invocations];
        long calls = 0;
        double capacity = 0;
        List<String> operations = List.of();
        Map<String, Integer> byCalls = new java.util.TreeMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        for (int i = 0; i < invocations; i++) {
            byte[] event = route.event().apply(warmup + i);
            out.reset();
            meter.reset();
            long start = System.nanoTime();
            handle(function, event, out);
            total[i] = System.nanoTime() - start;
            own[i] = total[i] - meter.nanos();
            calls += meter.calls();
            byCalls.merge(Integer.toString(meter.calls()), 1, Integer::sum);
            capacity += meter.capacity();
            if (i == invocations - 1) {
                operations = meter.operations();
                checkStatus(out.toByteArray(), route.expectedStatus());
            }
        }
        Stats t = Stats.ofNanosAsMillis(total);
        Stats o = Stats.ofNanosAsMillis(own);
        return new Result(route.function(), route.label(), invocations, t.percentile(50), t.percentile(99),
                o.percentile(50), o.percentile(99), (double) calls / invocations, capacity / invocations, operations, byCalls);
    }

    private void invoke(RequestStreamHandler function, byte[] event, int status) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handle(function, event, out);
        checkStatus(out.toByteArray(), status);
    }

    private static void handle(RequestStreamHandler function, byte[] event, ByteArrayOutputStream out) {
        try {
            function.handleRequest(new ByteArrayInputStream(event), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkStatus(byte[] response, int status) {
        try {
            Scenario.checkStatus(MAPPER.readTree(response), status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
