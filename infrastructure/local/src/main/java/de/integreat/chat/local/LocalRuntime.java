package de.integreat.chat.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import de.integreat.chat.emulators.SamTemplate;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The project on one machine, without Docker or an AWS account.
 * <ul>
 *   <li>{@code serve [--port N]}: emulators, table, bucket, demo regions, and every HttpApi route of
 *       template.yaml on {@code http://localhost:N} (default 3000);</li>
 *   <li>{@code invoke <FunctionLogicalId> <event.json>}: one event through one function, like {@code sam local invoke};</li>
 *   <li>{@code token --sub S --name N --roles r1,r2 [--ttl SECONDS]}: a CMS token the local gateway accepts.</li>
 * </ul>
 */
public final class LocalRuntime {

    private static final String USAGE = """
            usage: java -jar infrastructure/local/target/local-runtime.jar serve [--port N]
                   java -jar infrastructure/local/target/local-runtime.jar invoke <FunctionLogicalId> <event.json>
                   java -jar infrastructure/local/target/local-runtime.jar token --sub S --name N --roles r1,r2 [--ttl SECONDS]""";

    private LocalRuntime() {
    }

    public static void main(String[] args) throws Exception {
        quietLibraryLogging();
        List<String> arguments = Arrays.asList(args);
        String command = arguments.isEmpty() ? "serve" : arguments.get(0);
        switch (command) {
            case "serve" -> serve(Integer.parseInt(option(arguments, "--port", "3000")));
            case "invoke" -> invoke(arguments);
            case "token" -> {
                try {
                    System.out.println(token(arguments));
                } catch (IllegalArgumentException e) {
                    System.err.println(e.getMessage());
                    System.exit(2);
                }
            }
            default -> {
                System.err.println(USAGE);
                System.exit(2);
            }
        }
    }

    /** A running local API: emulators plus gateway; close it to stop both. */
    public record Server(LocalAws aws, Gateway gateway) implements AutoCloseable {

        public int port() {
            return gateway.port();
        }

        @Override
        public void close() {
            gateway.close();
            aws.close();
        }
    }

    /** Starts the emulators and serves the template's routes on {@code port} (0 picks a free one). */
    public static Server start(int port) throws java.io.IOException {
        SamTemplate template = SamTemplate.load();
        LocalAws aws = LocalAws.start(template, System.getenv());
        try {
            Gateway gateway = new Gateway(template, aws, jwt(template), port);
            gateway.start();
            return new Server(aws, gateway);
        } catch (java.io.IOException | RuntimeException e) {
            aws.close();
            throw e;
        }
    }

    private static void serve(int port) throws Exception {
        Server server = start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.println("Integreat Chat API on http://localhost:" + server.port() + " ("
                + server.gateway().routeCount() + " routes from template.yaml; DynamoDB emulator "
                + server.aws().emulators().dynamoEndpoint() + ", S3 emulator " + server.aws().emulators().s3Endpoint() + ")");
        System.out.println("Ready. Press Ctrl-C to stop.");
        stopped.await();
    }

    private static void invoke(List<String> arguments) throws Exception {
        if (arguments.size() < 3) {
            System.err.println(USAGE);
            System.exit(2);
        }
        SamTemplate template = SamTemplate.load();
        SamTemplate.FunctionSpec function = template.functions().stream()
                .filter(f -> f.logicalId().equals(arguments.get(1)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No function " + arguments.get(1) + " in template.yaml"));
        try (LocalAws aws = LocalAws.start(template, System.getenv())) {
            RequestStreamHandler handler = aws.handler(function);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = Files.newInputStream(Path.of(arguments.get(2)))) {
                handler.handleRequest(in, out, null);
            }
            System.out.println(out.toString(StandardCharsets.UTF_8));
        }
    }

    static String token(List<String> arguments) {
        for (int i = 1; i < arguments.size(); i += 2) {
            if (!List.of("--sub", "--name", "--roles", "--ttl").contains(arguments.get(i)) || i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("Unknown or incomplete option " + arguments.get(i) + "\n" + USAGE);
            }
        }
        String sub = option(arguments, "--sub", "local-user");
        String name = option(arguments, "--name", sub);
        List<String> roles = Arrays.stream(option(arguments, "--roles", "").split(","))
                .map(String::trim).filter(r -> !r.isEmpty()).toList();
        Duration ttl = Duration.ofSeconds(Long.parseLong(option(arguments, "--ttl", "3600")));
        return jwt(SamTemplate.load()).issue(sub, name, roles, ttl);
    }

    /** The local authorizer, for the template's first accepted audience. */
    static LocalJwt jwt(SamTemplate template) {
        String audience = template.parameterDefaults().getOrDefault("JwtAudience", "integreat-cms").split(",")[0].trim();
        return LocalJwt.loadOrCreate(audience);
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int index = arguments.indexOf(name);
        return index >= 0 && index + 1 < arguments.size() ? arguments.get(index + 1) : fallback;
    }

    /** S3Proxy and Jetty log every request at INFO; the local runtime shows warnings only. */
    private static void quietLibraryLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }
}
