package de.integreat.chat.emulators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The local stand-ins for AWS: dynalite (DynamoDB, a Node.js process on a free loopback port) and
 * S3Proxy (S3, in this JVM, in memory, checking signatures). Close it to stop both.
 */
public final class Emulators implements AutoCloseable {

    public static final Region REGION = Region.EU_CENTRAL_1;
    public static final String ACCESS_KEY = "local-access-key";
    public static final String SECRET_KEY = "local-secret-key";

    private final Process dynalite;
    private final S3Proxy s3Proxy;
    private final URI dynamoEndpoint;
    private final URI s3Endpoint;

    private Emulators(Process dynalite, URI dynamoEndpoint, S3Proxy s3Proxy, URI s3Endpoint) {
        this.dynalite = dynalite;
        this.dynamoEndpoint = dynamoEndpoint;
        this.s3Proxy = s3Proxy;
        this.s3Endpoint = s3Endpoint;
    }

    /** Starts both emulators; installs the pinned dynalite first if the build has not. */
    public static Emulators start() {
        Path emulatorsDir = ProjectFiles.root().resolve("infrastructure/emulators");
        Path cli = emulatorsDir.resolve("node_modules/dynalite/cli.js");
        if (!Files.isRegularFile(cli)) {
            run(emulatorsDir, "node", "install-if-needed.js");
        }
        int dynamoPort = freePort();
        Process dynalite = startDynalite(cli, dynamoPort);
        try {
            S3Proxy s3Proxy = S3Proxy.builder()
                    .blobStore(new TransientNio2BlobStore())
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            s3Proxy.start();
            while (!"STARTED".equals(s3Proxy.getState())) {
                Thread.sleep(10);
            }
            return new Emulators(dynalite, URI.create("http://127.0.0.1:" + dynamoPort), s3Proxy,
                    URI.create("http://127.0.0.1:" + s3Proxy.getPort()));
        } catch (Exception e) {
            dynalite.destroyForcibly();
            throw new IllegalStateException("Cannot start S3Proxy", e);
        }
    }

    public URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    public URI s3Endpoint() {
        return s3Endpoint;
    }

    public AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    @Override
    public void close() {
        dynalite.descendants().forEach(ProcessHandle::destroy);
        dynalite.destroy();
        try {
            if (!dynalite.waitFor(5, TimeUnit.SECONDS)) {
                dynalite.destroyForcibly();
            }
            s3Proxy.stop();
        } catch (Exception e) {
            dynalite.destroyForcibly();
        }
    }

    private static Process startDynalite(Path cli, int port) {
        try {
            Process process = new ProcessBuilder("node", cli.toString(), "--host", "127.0.0.1", "--port",
                    Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0")
                    .redirectErrorStream(true)
                    .start();
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readLine(output)).get(30, TimeUnit.SECONDS);
            if (line == null || !line.contains("listening")) {
                process.destroyForcibly();
                throw new IllegalStateException("dynalite did not start: " + line);
            }
            // Keep draining its output so the process never blocks on a full pipe.
            Thread drain = new Thread(() -> {
                while (readLine(output) != null) {
                    // discard
                }
            }, "dynalite-output");
            drain.setDaemon(true);
            drain.start();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start node (Node.js 20+ is required)", e);
        } catch (Exception e) {
            throw new IllegalStateException("dynalite did not start", e);
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Path dir, String... command) {
        try {
            int exit = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
