package de.integreat.chat.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Cold starts through the open-source Lambda Runtime Interface Client: per sample a fresh JVM runs
 * {@code com.amazonaws.services.lambda.runtime.api.client.AWSLambda <handler>} in a task folder holding the
 * function jar in {@code lib/} (the RIC's customer class loader reads {@code <task root>/lib/*.jar}), against the
 * harness's {@link RuntimeApi}. A sample lasts from just before the process is started to the moment the
 * complete response has arrived; it is split at the RIC's first {@code invocation/next} call into init (JVM,
 * RIC, handler class and constructor) and the first invocation.
 */
final class ColdStart {

    static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    /** One function (or the hello-world baseline) to start. */
    record Target(String name, Path jar, String handler, Map<String, String> environment,
                  IntFunction<byte[]> event, int expectedStatus, List<String> jvmOptions) {

        /** The same function started from another jar or with other JVM options, for a comparison. */
        Target variant(String label, Path otherJar, List<String> otherOptions) {
            return new Target(name + " [" + label + "]", otherJar, handler, environment, event, expectedStatus,
                    List.copyOf(otherOptions));
        }
    }

    /** One sample in milliseconds, and the response the function sent (payload 2.0 JSON). */
    record Sample(double totalMs, double initMs, double invokeMs, String response) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RuntimeApi api;
    private final Path ricJar;
    private final Path workDir;
    ColdStart(RuntimeApi api, Path ricJar, Path workDir) {
        this.api = api;
        this.ricJar = ricJar;
        this.workDir = workDir;
    }

    /** Copies the target's jar into its task folder; returns the folder. */
    Path prepare(Target target) {
        try {
            Path task = taskDir(target);
            Path lib = Files.createDirectories(task.resolve("lib"));
            Files.copy(target.jar(), lib.resolve(target.jar().getFileName()), StandardCopyOption.REPLACE_EXISTING);
            return task;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a fresh JVM for the target, sends it event {@code sample} and returns the timings. */
    Sample sample(Target target, int sample) {
        Path task = taskDir(target);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(target.jvmOptions());
        command.add("-cp");
        command.add(ricJar.toString());
        command.add(RIC_MAIN);
        command.add(target.handler());
        ProcessBuilder builder = new ProcessBuilder(command).directory(task.toFile())
                .redirectErrorStream(true)
                .redirectOutput(task.resolve("last-sample.log").toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().putAll(target.environment());
        builder.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
        builder.environment().put("LAMBDA_TASK_ROOT", task.toString());
        builder.environment().put("_HANDLER", target.handler());
        var future = api.expect(target.event().apply(sample));
        long start = System.nanoTime();
        Process process = null;
        try {
            process = builder.start();
            long deadline = start + TimeUnit.SECONDS.toNanos(60);
            while (!future.isDone()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(process.isAlive() ? "no response within 60 s"
                            : "the runtime exited with code " + process.exitValue());
                }
                try {
                    future.get(20, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    // keep waiting
                }
            }
            RuntimeApi.Invocation invocation = future.get();
            Scenario.checkStatus(MAPPER.readTree(invocation.response()), target.expectedStatus());
            return new Sample((invocation.respondedNanos() - start) / 1e6, (invocation.nextCalledNanos() - start) / 1e6,
                    (invocation.respondedNanos() - invocation.nextCalledNanos()) / 1e6, invocation.response());
        } catch (Exception e) {
            throw new IllegalStateException("Cold start of " + target.name() + " failed; see "
                    + task.resolve("last-sample.log"), e);
        } finally {
            if (process != null) {
                stop(process);
            }
        }
    }

    Path taskDir(Target target) {
        return workDir.resolve(target.name().replaceAll("[^A-Za-z0-9._-]+", "_"));
    }

    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
