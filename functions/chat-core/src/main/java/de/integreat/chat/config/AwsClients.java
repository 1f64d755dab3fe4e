package de.integreat.chat.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The AWS clients a function uses, built once per container with the region, credentials and the small
 * URL-connection HTTP client set explicitly (no default-chain lookups on the cold-start path).
 *
 * <p>The DynamoDB client is built right away: every route needs it. The S3 client and the presigner are built
 * on first use, because most routes never touch S3 and building them loads several hundred classes (S3's
 * endpoint rules, interceptors and XML protocol); see docs/performance.md for the measured difference.
 */
public final class AwsClients {

    private final DynamoDbClient dynamo;
    private final Lazy<S3Client> s3;
    private final Lazy<S3Presigner> presigner;

    private AwsClients(DynamoDbClient dynamo, Lazy<S3Client> s3, Lazy<S3Presigner> presigner) {
        this.dynamo = dynamo;
        this.s3 = s3;
        this.presigner = presigner;
    }

    /** The DynamoDB client. */
    public DynamoDbClient dynamo() {
        return dynamo;
    }

    /** The S3 client, built on the first call. */
    public S3Client s3() {
        return s3.get();
    }

    /** The S3 presigner (no network calls), built on the first call. */
    public S3Presigner presigner() {
        return presigner.get();
    }

    /**
     * How to reach AWS. The endpoints are empty on AWS; elsewhere they come from the SDK's standard
     * {@code AWS_ENDPOINT_URL_DYNAMODB} / {@code AWS_ENDPOINT_URL_S3} variables or from the caller.
     */
    public record Settings(
            Region region,
            AwsCredentialsProvider credentials,
            URI dynamoEndpoint,
            URI s3Endpoint,
            boolean s3PathStyle,
            List<ExecutionInterceptor> dynamoInterceptors) {

        /** Settings from the Lambda environment. */
        public static Settings fromEnvironment(Map<String, String> env) {
            String region = env.getOrDefault("AWS_REGION", env.getOrDefault("AWS_DEFAULT_REGION", "eu-central-1"));
            return new Settings(
                    Region.of(region),
                    EnvironmentVariableCredentialsProvider.create(),
                    uri(env.get("AWS_ENDPOINT_URL_DYNAMODB")),
                    uri(env.get("AWS_ENDPOINT_URL_S3")),
                    Boolean.parseBoolean(env.getOrDefault("S3_FORCE_PATH_STYLE", "false")),
                    List.of());
        }

        private static URI uri(String value) {
            return value == null || value.isBlank() ? null : URI.create(value.trim());
        }
    }

    /**
     * Whether this function's jar ships the S3 SDK: only the functions that handle attachments do
     * (send-message, resolve-attachment); the others never reach S3 code.
     */
    public static boolean s3Available() {
        try {
            Class.forName("software.amazon.awssdk.services.s3.S3Client", false, AwsClients.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Builds the clients once; call from a constructor, never per request. */
    public static AwsClients create(Settings settings) {
        SdkHttpClient http = UrlConnectionHttpClient.create();
        var dynamo = DynamoDbClient.builder()
                .httpClient(http)
                .region(settings.region())
                .credentialsProvider(settings.credentials())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .executionInterceptors(settings.dynamoInterceptors())
                        .build());
        if (settings.dynamoEndpoint() != null) {
            dynamo.endpointOverride(settings.dynamoEndpoint());
        }
        return new AwsClients(dynamo.build(), new Lazy<>(new S3Factory(settings, http)), new Lazy<>(new PresignerFactory(settings)));
    }

    /*
     * Named factories, not lambdas: creating a lambda resolves its method's return type, which would load S3
     * classes at cold start, and fail in the functions whose jars do not ship S3 (see s3Available()).
     */
    private record S3Factory(Settings settings, SdkHttpClient http) implements Supplier<S3Client> {
        @Override
        public S3Client get() {
            return s3(settings, http);
        }
    }

    private record PresignerFactory(Settings settings) implements Supplier<S3Presigner> {
        @Override
        public S3Presigner get() {
            return presigner(settings);
        }
    }

    private static S3Client s3(Settings settings, SdkHttpClient http) {
        var s3 = S3Client.builder()
                .httpClient(http)
                .region(settings.region())
                .credentialsProvider(settings.credentials())
                .forcePathStyle(settings.s3PathStyle());
        if (settings.s3Endpoint() != null) {
            s3.endpointOverride(settings.s3Endpoint());
        }
        return s3.build();
    }

    private static S3Presigner presigner(Settings settings) {
        var presigner = S3Presigner.builder()
                .region(settings.region())
                .credentialsProvider(settings.credentials())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.s3PathStyle()).build());
        if (settings.s3Endpoint() != null) {
            presigner.endpointOverride(settings.s3Endpoint());
        }
        return presigner.build();
    }
}
