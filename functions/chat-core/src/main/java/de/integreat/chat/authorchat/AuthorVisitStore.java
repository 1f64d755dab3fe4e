package de.integreat.chat.authorchat;

import static de.integreat.chat.storage.Attributes.n;

import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** Each CMS user's last visit of the author chat: item {@code USER#<sub>} / {@code AUTHORCHAT}. */
final class AuthorVisitStore {

    private static final String LAST_VISIT = "lastVisitAt";

    private final DynamoDbClient dynamo;
    private final String table;

    AuthorVisitStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Epoch millis of the user's last visit, or empty when they never visited. */
    OptionalLong lastVisit(String userId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(userId))).item();
        long visit = item == null ? -1 : Attributes.number(item, LAST_VISIT, -1);
        return visit < 0 ? OptionalLong.empty() : OptionalLong.of(visit);
    }

    /** Records a visit at {@code nowMillis} and returns the previous one (one call). */
    OptionalLong visit(String userId, long nowMillis) {
        Map<String, AttributeValue> old = dynamo.updateItem(b -> b.tableName(table).key(key(userId))
                .updateExpression("SET #visit = :now")
                .expressionAttributeNames(Map.of("#visit", LAST_VISIT))
                .expressionAttributeValues(Map.of(":now", n(nowMillis)))
                .returnValues(ReturnValue.UPDATED_OLD)).attributes();
        long visit = old == null ? -1 : Attributes.number(old, LAST_VISIT, -1);
        return visit < 0 ? OptionalLong.empty() : OptionalLong.of(visit);
    }

    private static Map<String, AttributeValue> key(String userId) {
        return Attributes.key(Keys.user(userId), Keys.AUTHOR_CHAT);
    }
}
