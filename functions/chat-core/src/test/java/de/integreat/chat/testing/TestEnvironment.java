package de.integreat.chat.testing;

import de.integreat.chat.config.AwsClients;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.config.Config;
import de.integreat.chat.emulators.Emulators;
import de.integreat.chat.emulators.SamTemplate;
import de.integreat.chat.emulators.TableFactory;
import de.integreat.chat.settings.RegionSettings;
import de.integreat.chat.settings.RegionSettingsStore;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh table and bucket (created from template.yaml) in emulators shared by all tests of one JVM,
 * and a {@link ChatContext} pointing at them. Each test class gets its own table, so tests never see
 * each other's data.
 */
public final class TestEnvironment {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Backend emulatorBackend;

    /** Where DynamoDB and S3 are: the embedded emulators, or LocalStack with {@code -Plocalstack}. */
    public record Backend(URI dynamoEndpoint, URI s3Endpoint, Region region, AwsCredentialsProvider credentials) {
    }

    private final String table;
    private final String bucket;
    private final Map<String, String> settings = new HashMap<>();
    private final DynamoCallCounter calls = new DynamoCallCounter();
    private Clock clock = Clock.systemUTC();

    private TestEnvironment() {
        int n = COUNTER.incrementAndGet();
        this.table = "chat-test-" + ProcessHandle.current().pid() + "-" + n;
        this.bucket = "attachments-test-" + ProcessHandle.current().pid() + "-" + n;
    }

    /**
     * The backend of this JVM, started on first use and stopped when the JVM exits: the emulators, or
     * LocalStack when {@code -Dintegreat.backend=localstack} (set by the {@code localstack} profile).
     */
    public static Backend backend() {
        if ("localstack".equals(System.getProperty("integreat.backend"))) {
            return localStack();
        }
        return emulators();
    }

    private static synchronized Backend emulators() {
        if (emulatorBackend == null) {
            Emulators emulators = Emulators.start();
            Runtime.getRuntime().addShutdownHook(new Thread(emulators::close));
            emulatorBackend = new Backend(emulators.dynamoEndpoint(), emulators.s3Endpoint(), Emulators.REGION,
                    emulators.credentials());
        }
        return emulatorBackend;
    }

    /** Loaded by name: the class and Testcontainers exist only in the localstack profile's build. */
    private static Backend localStack() {
        try {
            return (Backend) Class.forName("de.integreat.chat.testing.LocalStackBackend").getMethod("start").invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Run with -Plocalstack to use LocalStack", e);
        }
    }

    /** A new, empty table and bucket. */
    public static TestEnvironment create() {
        TestEnvironment environment = new TestEnvironment();
        AwsClients clients = environment.clients();
        TableFactory.createTable(clients.dynamo(), environment.table, SamTemplate.load());
        TableFactory.createBucket(clients.s3(), environment.bucket);
        return environment;
    }

    /** Overrides one configuration variable (as named in behaviour.md) for contexts built afterwards. */
    public TestEnvironment with(String variable, String value) {
        settings.put(variable, value);
        return this;
    }

    public TestEnvironment withClock(Clock testClock) {
        this.clock = testClock;
        return this;
    }

    public Config config() {
        Map<String, String> env = new HashMap<>(settings);
        env.put("TABLE_NAME", table);
        env.put("ATTACHMENTS_BUCKET", bucket);
        return Config.from(env);
    }

    /** A context as a function container would build it, against the emulators. */
    public ChatContext context() {
        return new ChatContext(config(), clients(), clock);
    }

    /** Clients whose DynamoDB calls are counted by {@link #calls()}. */
    public AwsClients clients() {
        Backend b = backend();
        return AwsClients.create(new AwsClients.Settings(b.region(), b.credentials(),
                b.dynamoEndpoint(), b.s3Endpoint(), true, List.of(calls)));
    }

    public DynamoCallCounter calls() {
        return calls;
    }

    public String table() {
        return table;
    }

    public String bucket() {
        return bucket;
    }

    /** Stores a region's settings. */
    public TestEnvironment region(String slug, boolean appChatEnabled, int percentage, List<String> languages) {
        new RegionSettingsStore(clients().dynamo(), table, clock, 0).save(new RegionSettings(
                slug, appChatEnabled, true, percentage, RegionSettings.DEFAULT_RETENTION_DAYS, languages, null));
        return this;
    }

    /** The demo regions of the local runtime: augsburg (chat on, 100 %) and artland (chat off). */
    public TestEnvironment demoRegions() {
        region("augsburg", true, 100, List.of("de", "en", "ar", "fa", "uk", "ru"));
        return region("artland", false, 100, List.of("de", "en"));
    }
}
