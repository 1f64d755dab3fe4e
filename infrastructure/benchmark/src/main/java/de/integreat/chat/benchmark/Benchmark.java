package de.integreat.chat.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.integreat.chat.config.AwsClients;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.config.Config;
import de.integreat.chat.emulators.Emulators;
import de.integreat.chat.emulators.ProjectFiles;
import de.integreat.chat.emulators.SamTemplate;
import de.integreat.chat.emulators.TableFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The performance harness: seeds the emulators, measures cold starts (fresh JVM per sample, through the
 * Lambda RIC), splits them into phases, measures warm handler time per route, and writes
 * {@code docs/performance.md} and {@code docs/performance.json}. Run it after {@code mvn package}.
 *
 * <p>Options: {@code --samples N} (cold samples per function, default 10), {@code --warmup N} (default 300),
 * {@code --invocations N} (default 1000), {@code --probe-samples N} (default 3), {@code --jvm-options "..."}
 * (default: the options in {@link #DEFAULT_JVM_OPTIONS}), {@code --docs DIR} (default {@code docs}),
 * {@code --no-cold}, {@code --no-warm}; for comparisons measured in the same rounds but not reported:
 * {@code --baseline-jars DIR}, {@code --compare-jvm-options "..."}.
 */
public final class Benchmark {

    /** Lambda's Java runtimes stop tiered compilation at C1 and use the serial collector; so does every cold JVM here. */
    static final String DEFAULT_JVM_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto";

    private static final String TABLE = "benchmark-chat";
    private static final String BUCKET = "benchmark-attachments";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, String> options;
    private final long began = System.nanoTime();
    private final String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    private final Path root = ProjectFiles.root();
    private final Path target = root.resolve("infrastructure/benchmark/target");
    private final SamTemplate template = SamTemplate.load();
    private final Map<String, SamTemplate.FunctionSpec> specs = new LinkedHashMap<>();
    private final List<String> jvmOptions;
    private final int samples;
    private final int warmup;
    private final int invocations;
    private final double startLoad = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

    private Benchmark(Map<String, String> options) {
        this.options = options;
        this.samples = Integer.parseInt(options.getOrDefault("samples", "10"));
        this.warmup = Integer.parseInt(options.getOrDefault("warmup", "300"));
        this.invocations = Integer.parseInt(options.getOrDefault("invocations", "1000"));
        this.jvmOptions = words(options.getOrDefault("jvm-options", DEFAULT_JVM_OPTIONS));
        for (SamTemplate.FunctionSpec spec : template.functions()) {
            specs.put(spec.module(), spec);
        }
    }

    public static void main(String[] args) throws Exception {
        new Benchmark(options(args)).run();
    }

    private void run() throws Exception {
        System.out.println("Benchmark: functions " + specs.keySet() + ", JVM options " + jvmOptions);
        try (Emulators emulators = Emulators.start()) {
            SdkMeter meter = new SdkMeter();
            Map<String, String> functionEnv = new HashMap<>(template.environment(specs.values().iterator().next().logicalId(),
                    Map.of(), Map.of("ChatTable", TABLE, "AttachmentsBucket", BUCKET)));
            // one device reads and sends thousands of times here: lift the per-device limits (max allowed values)
            functionEnv.put("USER_CHAT_READ_LIMIT", "100000");
            functionEnv.put("USER_CHAT_SEND_LIMIT", "100000");
            ChatContext context = new ChatContext(Config.from(functionEnv), createTableAndBucket(emulators, meter),
                    Clock.systemUTC());
            Scenario scenario = new Scenario();
            scenario.seed(context);
            System.out.println("Seeded region " + Scenario.REGION + " and the reader's chat");
            Map<String, Report.Cold> cold = new HashMap<>();
            Map<String, Map<String, Double>> probes = new HashMap<>();
            if (!options.containsKey("no-cold")) {
                measureCold(scenario, coldEnvironment(functionEnv, emulators), cold, probes);
            }
            Map<String, List<Warm.Result>> warm = new HashMap<>();
            if (!options.containsKey("no-warm")) {
                for (Warm.Result r : new Warm(context, meter).run(scenario.warmRoutes(), warmup, invocations)) {
                    warm.computeIfAbsent(r.function(), f -> new ArrayList<>()).add(r);
                }
            }
            writeReport(cold, probes, warm);
        }
    }

    private AwsClients createTableAndBucket(Emulators emulators, SdkMeter meter) {
        AwsClients clients = AwsClients.create(new AwsClients.Settings(Emulators.REGION, emulators.credentials(),
                emulators.dynamoEndpoint(), emulators.s3Endpoint(), true, List.of(meter)));
        TableFactory.createTable(clients.dynamo(), TABLE, template);
        TableFactory.createBucket(clients.s3(), BUCKET);
        return clients;
    }

    private void measureCold(Scenario scenario, Map<String, String> env, Map<String, Report.Cold> cold,
                             Map<String, Map<String, Double>> probes) throws Exception {
        List<ColdStart.Target> targets = new ArrayList<>();
        for (var entry : specs.entrySet()) {
            String module = entry.getKey();
            targets.add(new ColdStart.Target(module, jar(root, entry.getValue()), entry.getValue().handler(),
                    env, i -> scenario.coldEvent(module, i), Scenario.coldStatus(module), jvmOptions));
        }
        targets.add(new ColdStart.Target("hello-world", target.resolve("hello-world.jar"),
                "de.integreat.chat.benchmark.hello.HelloWorldHandler::handleRequest", env,
                i -> Scenario.helloEvent(), 200, jvmOptions));
        cold.putAll(coldStarts(target, targets, variants(targets, options), samples));
        int probeSamples = Integer.parseInt(options.getOrDefault("probe-samples", "3"));
        for (ColdStart.Target t : targets.subList(0, targets.size() - 1)) {
            probes.put(t.name(), probe(target, t, jvmOptions, env, probeSamples));
            System.out.println("  phases " + t.name() + " " + probes.get(t.name()));
        }
    }

    private void writeReport(Map<String, Report.Cold> cold, Map<String, Map<String, Double>> probes,
                             Map<String, List<Warm.Result>> warm) throws IOException {
        List<Report.FunctionFigures> figures = new ArrayList<>();
        for (var entry : specs.entrySet()) {
            String module = entry.getKey();
            figures.add(new Report.FunctionFigures(module, Files.size(jar(root, entry.getValue())), cold.get(module),
                    probes.get(module), warm.getOrDefault(module, List.of())));
        }
        Report.FunctionFigures hello = new Report.FunctionFigures("hello-world",
                Files.size(target.resolve("hello-world.jar")), cold.get("hello-world"), null, List.of());
        double seconds = (System.nanoTime() - began) / 1e9;
        Report.RunInfo run = new Report.RunInfo(started, machine(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), jvmOptions,
                "Lambda Runtime Interface Client 2.10.1 (AWSLambda main, handler from <task>/lib/*.jar) against a local Runtime API",
                samples, warmup, invocations, seconds);
        Path docs = root.resolve(options.getOrDefault("docs", "docs"));
        Report.write(docs, run, figures, hello);
        System.out.printf("Wrote %s and %s in %.0f s%n", docs.resolve("performance.md"), docs.resolve("performance.json"), seconds);
    }

    /** OS, architecture, CPU model and the load average when the run started (others' work on a shared machine). */
    private String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().map(m -> ", " + m).orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the OS and architecture are enough
        }
        return System.getProperty("os.name") + " " + System.getProperty("os.arch") + cpu
                + String.format(java.util.Locale.ROOT, ", load average %.2f at start", startLoad);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Comparison targets, measured in the same rounds as the real ones (so load on the machine hits both alike)
     * but not written to the report: {@code --baseline-jars DIR} starts every function also from
     * {@code DIR/<module>.jar}; {@code --compare-jvm-options "..."} starts every target also with those options.
     */
    private static List<ColdStart.Target> variants(List<ColdStart.Target> targets, Map<String, String> options) {
        List<ColdStart.Target> variants = new ArrayList<>();
        if (options.containsKey("baseline-jars")) {
            Path dir = Path.of(options.get("baseline-jars"));
            for (ColdStart.Target t : targets) {
                if (!t.name().equals("hello-world")) {
                    variants.add(t.variant("baseline jar", dir.resolve(t.jar().getFileName()), t.jvmOptions()));
                }
            }
        }
        if (options.containsKey("compare-jvm-options")) {
            List<String> other = words(options.get("compare-jvm-options"));
            for (ColdStart.Target t : targets) {
                variants.add(t.variant("JVM options: " + String.join(" ", other), t.jar(), other));
            }
        }
        return variants;
    }

    private static Map<String, Report.Cold> coldStarts(Path target, List<ColdStart.Target> reported,
                                                       List<ColdStart.Target> variants, int samples) {
        Map<String, Report.Cold> results = new HashMap<>();
        List<ColdStart.Target> targets = new ArrayList<>(reported);
        targets.addAll(variants);
        try (RuntimeApi api = new RuntimeApi()) {
            ColdStart cold = new ColdStart(api, target.resolve("lambda-ric.jar"), target.resolve("cold"));
            Map<String, List<ColdStart.Sample>> measured = new LinkedHashMap<>();
            for (ColdStart.Target t : targets) {
                cold.prepare(t);
                cold.sample(t, 0); // not counted: fills the page cache with the jar and the JDK
                measured.put(t.name(), new ArrayList<>());
            }
            // rounds over all targets, so drift on the machine affects every function alike
            for (int i = 1; i <= samples; i++) {
                for (ColdStart.Target t : targets) {
                    measured.get(t.name()).add(cold.sample(t, i));
                }
            }
            for (ColdStart.Target t : targets) {
                List<ColdStart.Sample> s = measured.get(t.name());
                Stats total = new Stats(s.stream().mapToDouble(ColdStart.Sample::totalMs).toArray());
                Report.Cold c = new Report.Cold(total.median(), total.percentile(90),
                        new Stats(s.stream().mapToDouble(ColdStart.Sample::initMs).toArray()).median(),
                        new Stats(s.stream().mapToDouble(ColdStart.Sample::invokeMs).toArray()).median(), s.size());
                results.put(t.name(), c);
                System.out.printf("  cold %-20s median %6.0f ms  p90 %6.0f ms  (init %5.0f, first invoke %5.0f)%n",
                        t.name(), c.medianMs(), c.p90Ms(), c.initMedianMs(), c.invokeMedianMs());
            }
        }
        return results;
    }

    /** Medians of the phase probe over {@code samples} fresh JVMs (plain main; see ColdProbe). */
    private static Map<String, Double> probe(Path target, ColdStart.Target t, List<String> jvmOptions,
                                             Map<String, String> env, int samples) throws Exception {
        Path task = Files.createDirectories(target.resolve("cold").resolve(t.name()));
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (int i = 0; i < samples; i++) {
            Path event = task.resolve("probe-event.json");
            Files.write(event, t.event().apply(1000 + i));
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            int launched = command.size();
            command.add("-Dprobe.launched=0");
            command.add("-cp");
            command.add(target.resolve("cold-probe.jar") + java.io.File.pathSeparator + t.jar());
            command.add("de.integreat.chat.benchmark.probe.ColdProbe");
            command.add(t.handler().substring(0, t.handler().indexOf("::")));
            command.add(event.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(env);
            command.set(launched, "-Dprobe.launched=" + System.nanoTime());
            Process process = builder.start();
            String output;
            try {
                output = new String(process.getInputStream().readAllBytes());
                process.waitFor(60, TimeUnit.SECONDS);
            } finally {
                ColdStart.stop(process);
            }
            String line = output.lines().filter(l -> l.startsWith("{\"jvmToMainMs\"")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Probe of " + t.name() + " failed:\n" + output));
            JsonNode node = MAPPER.readTree(line);
            node.fields().forEachRemaining(f -> values.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(f.getValue().asDouble()));
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        values.forEach((k, v) -> medians.put(k, new Stats(v.stream().mapToDouble(Double::doubleValue).toArray()).median()));
        return medians;
    }

    /** The environment Lambda would give the function, pointing at the emulators. */
    static Map<String, String> coldEnvironment(Map<String, String> functionEnv, Emulators emulators) {
        Map<String, String> env = new HashMap<>(functionEnv);
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("AWS_REGION", Emulators.REGION.id());
        env.put("AWS_DEFAULT_REGION", Emulators.REGION.id());
        env.put("AWS_ACCESS_KEY_ID", Emulators.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", Emulators.SECRET_KEY);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", emulators.dynamoEndpoint().toString());
        env.put("AWS_ENDPOINT_URL_S3", emulators.s3Endpoint().toString());
        env.put("S3_FORCE_PATH_STYLE", "true");
        env.put("AWS_LAMBDA_FUNCTION_NAME", "benchmark");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/benchmark");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "benchmark");
        env.put("TZ", ":UTC");
        env.put("LANG", "en_US.UTF-8");
        env.put("HOME", System.getProperty("java.io.tmpdir"));
        return env;
    }

    private static Path jar(Path root, SamTemplate.FunctionSpec spec) {
        Path jar = root.resolve(spec.codeUri());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; run mvn -B -q package -DskipTests first");
        }
        return jar;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.startsWith("no-")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            }
        }
        return options;
    }
}
