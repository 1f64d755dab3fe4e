package de.integreat.chat.appchat;

import static de.integreat.chat.storage.Attributes.bool;

import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.TableSchema;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The per-(region, device) beta decision, drawn once; the first writer wins any race. */
final class AbTestStore {

    private static final String TESTER = "tester";

    private final DynamoDbClient dynamo;
    private final String table;

    AbTestStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The stored decision, drawing and storing it with {@code percentage} on the first call. */
    boolean isTester(String deviceId, String region, int percentage) {
        Map<String, AttributeValue> key = Attributes.key(Keys.device(deviceId), Keys.abTest(region));
        Map<String, AttributeValue> existing = dynamo.getItem(b -> b.tableName(table).key(key)).item();
        if (existing != null && !existing.isEmpty()) {
            return Attributes.flag(existing, TESTER);
        }
        boolean drawn = new SecureRandom().nextInt(100) < percentage;
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(TESTER, bool(drawn));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", TableSchema.PK)));
            return drawn;
        } catch (ConditionalCheckFailedException e) {
            return Attributes.flag(dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item(), TESTER);
        }
    }
}
