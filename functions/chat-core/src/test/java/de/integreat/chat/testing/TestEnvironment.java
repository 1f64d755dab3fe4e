package de.integreat.chat.testing;

import de.integreat.chat.config.AwsClients;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.config.Config;
import de.integreat.chat.emulators.Emulators;
import de.integreat.chat.emulators.SamTemplate;
import de.integreat.chat.emulators.TableFactory;
import de.integreat.chat.settings.RegionSettings;
import de.integreat.chat.settings.RegionSettingsStore;
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
    private static Emulators emulators;

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

    /** The emulators of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized Emulators emulators() {
        if (emulators == null) {
            emulators = Emulators.start();
            Runtime.getRuntime().addShutdownHook(new Thread(emulators::close));
        }
        return emulators;
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
        Emulators e = emulators();
        return AwsClients.create(new AwsClients.Settings(Emulators.REGION, e.credentials(),
                e.dynamoEndpoint(), e.s3Endpoint(), true, List.of(calls)));
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
