package de.integreat.chat.appchat;

import static de.integreat.chat.storage.Attributes.bool;
import static de.integreat.chat.storage.Attributes.n;
import static de.integreat.chat.storage.Attributes.s;

import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.TableSchema;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Remembers {@code Idempotency-Key}s per device. A key is claimed with a conditional put before the
 * message is written, marked done afterwards, and released if the request fails, so a retry after a
 * lost response never stores the message twice and a retry after a failure is processed again.
 */
final class IdempotencyStore {

    /** What a claim found. */
    sealed interface Claim {
        record Claimed() implements Claim {
        }

        /** The key was used before: for the same request ({@code sameRequest}) and finished or not. */
        record Seen(boolean sameRequest, boolean done) implements Claim {
        }
    }

    private final DynamoDbClient dynamo;
    private final String table;

    IdempotencyStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    Claim claim(String deviceId, String key, String fingerprint, long nowSeconds, long ttlSeconds) {
        Map<String, AttributeValue> item = new HashMap<>(itemKey(deviceId, key));
        item.put("fingerprint", s(fingerprint));
        item.put("done", bool(false));
        item.put(TableSchema.EXPIRES_AT, n(nowSeconds + ttlSeconds));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#pk) OR #expiresAt <= :now")
                    .expressionAttributeNames(Map.of("#pk", TableSchema.PK, "#expiresAt", TableSchema.EXPIRES_AT))
                    .expressionAttributeValues(Map.of(":now", n(nowSeconds))));
            return new Claim.Claimed();
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> existing = dynamo.getItem(b -> b.tableName(table)
                    .key(itemKey(deviceId, key)).consistentRead(true)).item();
            if (!Attributes.live(existing, nowSeconds)) {
                return claim(deviceId, key, fingerprint, nowSeconds, ttlSeconds);
            }
            return new Claim.Seen(fingerprint.equals(Attributes.string(existing, "fingerprint")),
                    Attributes.flag(existing, "done"));
        }
    }

    /** Whether the request that claimed {@code key} has finished (false also when it failed and released it). */
    boolean isDone(String deviceId, String key) {
        return Attributes.flag(dynamo.getItem(b -> b.tableName(table).key(itemKey(deviceId, key)).consistentRead(true))
                .item(), "done");
    }

    void markDone(String deviceId, String key) {
        dynamo.updateItem(b -> b.tableName(table).key(itemKey(deviceId, key))
                .updateExpression("SET #done = :done")
                .expressionAttributeNames(Map.of("#done", "done"))
                .expressionAttributeValues(Map.of(":done", bool(true))));
    }

    void release(String deviceId, String key) {
        dynamo.deleteItem(b -> b.tableName(table).key(itemKey(deviceId, key)));
    }

    private static Map<String, AttributeValue> itemKey(String deviceId, String key) {
        return Attributes.key(Keys.device(deviceId), Keys.idempotency(key));
    }
}
