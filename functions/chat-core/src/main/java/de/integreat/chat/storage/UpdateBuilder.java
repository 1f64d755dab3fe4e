package de.integreat.chat.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Collects SET/REMOVE clauses and conditions for one UpdateItem call. Attribute names are always used
 * through {@code #name} placeholders, so reserved words never matter.
 */
public final class UpdateBuilder {

    private final List<String> sets = new ArrayList<>();
    private final List<String> removes = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();

    /** {@code SET #name = :name}. */
    public UpdateBuilder set(String attribute, AttributeValue value) {
        sets.add(name(attribute) + " = " + value(attribute, value));
        return this;
    }

    /** {@code SET #name = #name + :delta}; the attribute must exist. */
    public UpdateBuilder increment(String attribute, long delta) {
        sets.add(name(attribute) + " = " + name(attribute) + " + " + value(attribute + "Delta", Attributes.n(delta)));
        return this;
    }

    /** {@code REMOVE #name}. */
    public UpdateBuilder remove(String attribute) {
        removes.add(name(attribute));
        return this;
    }

    /**
     * Adds a condition; write attribute names as {@code #name} and values as {@code :label}, then bind
     * them with {@link #value(String, AttributeValue)} or the other clauses.
     */
    public UpdateBuilder condition(String expression) {
        conditions.add("(" + expression + ")");
        return this;
    }

    /** Registers {@code #attribute} and returns the placeholder. */
    public String name(String attribute) {
        names.put("#" + attribute, attribute);
        return "#" + attribute;
    }

    /** Binds {@code :label} and returns the placeholder. */
    public String value(String label, AttributeValue value) {
        values.put(":" + label, value);
        return ":" + label;
    }

    /** The request; returns the item as it is after the update. */
    public UpdateItemRequest build(String table, Map<String, AttributeValue> key) {
        StringBuilder update = new StringBuilder();
        if (!sets.isEmpty()) {
            update.append("SET ").append(String.join(", ", sets));
        }
        if (!removes.isEmpty()) {
            update.append(update.isEmpty() ? "" : " ").append("REMOVE ").append(String.join(", ", removes));
        }
        UpdateItemRequest.Builder request = UpdateItemRequest.builder()
                .tableName(table)
                .key(key)
                .updateExpression(update.toString())
                .expressionAttributeNames(names)
                .returnValues(ReturnValue.ALL_NEW);
        if (!conditions.isEmpty()) {
            request.conditionExpression(String.join(" AND ", conditions));
        }
        if (!values.isEmpty()) {
            request.expressionAttributeValues(values);
        }
        return request.build();
    }
}
