package de.integreat.chat.testing;

import java.net.URI;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** The {@code -Plocalstack} backend: DynamoDB and S3 of a LocalStack container (compiled only in that profile). */
public final class LocalStackBackend {

    private static TestEnvironment.Backend backend;

    private LocalStackBackend() {
    }

    /** Starts LocalStack once per JVM; without a Docker engine the calling test is skipped. */
    public static synchronized TestEnvironment.Backend start() {
        Assumptions.assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                "No Docker engine: the LocalStack integration tests are skipped");
        if (backend == null) {
            LocalStackContainer container = new LocalStackContainer("localstack/localstack:4.4").withServices("dynamodb", "s3");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            URI endpoint = container.getEndpoint();
            backend = new TestEnvironment.Backend(endpoint, endpoint, Region.of(container.getRegion()),
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(container.getAccessKey(), container.getSecretKey())));
        }
        return backend;
    }
}
