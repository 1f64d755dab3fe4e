package de.integreat.chat.emulators;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.s3.S3Client;

/** Creates the table and bucket exactly as template.yaml defines them (keys, GSIs; the TTL is read-side). */
public final class TableFactory {

    private TableFactory() {
    }

    /** Creates {@code tableName} from the template's {@code AWS::DynamoDB::Table} properties. */
    public static void createTable(DynamoDbClient dynamo, String tableName, SamTemplate template) {
        JsonNode table = template.resourceProperties("AWS::DynamoDB::Table");
        List<AttributeDefinition> attributes = new ArrayList<>();
        table.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
                .attributeName(a.path("AttributeName").asText())
                .attributeType(a.path("AttributeType").asText())
                .build()));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        table.path("GlobalSecondaryIndexes").forEach(index -> {
            Projection.Builder projection = Projection.builder()
                    .projectionType(ProjectionType.fromValue(index.path("Projection").path("ProjectionType").asText("ALL")));
            List<String> nonKey = new ArrayList<>();
            index.path("Projection").path("NonKeyAttributes").forEach(n -> nonKey.add(n.asText()));
            if (!nonKey.isEmpty()) {
                projection.nonKeyAttributes(nonKey);
            }
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.path("IndexName").asText())
                    .keySchema(keySchema(index.path("KeySchema")))
                    .projection(projection.build())
                    .build());
        });
        dynamo.createTable(b -> {
            b.tableName(tableName)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attributes)
                    .keySchema(keySchema(table.path("KeySchema")));
            if (!indexes.isEmpty()) {
                b.globalSecondaryIndexes(indexes);
            }
        });
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
    }

    /** Creates the attachments bucket. */
    public static void createBucket(S3Client s3, String bucketName) {
        s3.createBucket(b -> b.bucket(bucketName));
    }

    private static List<KeySchemaElement> keySchema(JsonNode schema) {
        List<KeySchemaElement> keys = new ArrayList<>();
        schema.forEach(k -> keys.add(KeySchemaElement.builder()
                .attributeName(k.path("AttributeName").asText())
                .keyType(k.path("KeyType").asText())
                .build()));
        return keys;
    }
}
