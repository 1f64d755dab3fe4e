package de.integreat.chat.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
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

/**
 * The local AWS account: emulators started, the table and bucket created from template.yaml, demo regions
 * seeded, and each function of the template built the way a Lambda container would build it.
 */
public final class LocalAws implements AutoCloseable {

    static final String TABLE = "integreat-chat";
    static final String BUCKET = "integreat-chat-attachments";

    private final SamTemplate template;
    private final Emulators emulators;
    private final Map<String, String> overrides;

    private LocalAws(SamTemplate template, Emulators emulators, Map<String, String> overrides) {
        this.template = template;
        this.emulators = emulators;
        this.overrides = overrides;
    }

    /**
     * Starts everything. Configuration comes from the template's parameter defaults; an environment
     * variable of the same name as a setting (e.g. {@code USER_CHAT_SEND_LIMIT=5}) overrides it.
     */
    static LocalAws start(SamTemplate template, Map<String, String> environment) {
        Map<String, String> overrides = new HashMap<>();
        Config.VARIABLES.stream().filter(environment::containsKey).forEach(v -> overrides.put(v, environment.get(v)));
        LocalAws aws = new LocalAws(template, Emulators.start(), overrides);
        try {
            AwsClients clients = aws.clients();
            TableFactory.createTable(clients.dynamo(), TABLE, template);
            TableFactory.createBucket(clients.s3(), BUCKET);
            aws.seed(clients);
            return aws;
        } catch (RuntimeException e) {
            aws.close();
            throw e;
        }
    }

    /** Builds a function's handler with its own clients and its template configuration. */
    RequestStreamHandler handler(SamTemplate.FunctionSpec function) {
        try {
            Class<?> type = Class.forName(function.handlerClass());
            return (RequestStreamHandler) type.getConstructor(ChatContext.class).newInstance(context(function.logicalId()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + function.handlerClass()
                    + " (it needs a public constructor taking ChatContext)", e);
        }
    }

    ChatContext context(String functionId) {
        Map<String, String> env = new HashMap<>(template.environment(functionId, Map.of(),
                Map.of(template.resourceId("AWS::DynamoDB::Table"), TABLE, template.resourceId("AWS::S3::Bucket"), BUCKET)));
        env.putAll(overrides);
        return new ChatContext(Config.from(env), clients(), Clock.systemUTC());
    }

    public AwsClients clients() {
        return AwsClients.create(new AwsClients.Settings(Emulators.REGION, emulators.credentials(),
                emulators.dynamoEndpoint(), emulators.s3Endpoint(), true, List.of()));
    }

    public Emulators emulators() {
        return emulators;
    }

    /** Demo data: {@code augsburg} with the app chat on for everyone, {@code artland} with it off. */
    private void seed(AwsClients clients) {
        RegionSettingsStore settings = new RegionSettingsStore(clients.dynamo(), TABLE, Clock.systemUTC(), 0);
        settings.save(new RegionSettings("augsburg", true, true, 100, RegionSettings.DEFAULT_RETENTION_DAYS,
                List.of("de", "en", "ar", "fa", "uk", "ru"), null));
        settings.save(new RegionSettings("artland", false, true, 100, RegionSettings.DEFAULT_RETENTION_DAYS,
                List.of("de", "en"), null));
    }

    @Override
    public void close() {
        emulators.close();
    }
}
