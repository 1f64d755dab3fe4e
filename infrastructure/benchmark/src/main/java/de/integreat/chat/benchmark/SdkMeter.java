package de.integreat.chat.benchmark;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Measures what a handler spends in DynamoDB: the number of calls, the time inside each SDK call (from
 * {@code beforeExecution} to {@code afterExecution} or failure, i.e. marshalling, signing, the HTTP round trip
 * to the emulator and unmarshalling) and the consumed capacity, which it asks for by setting
 * {@code ReturnConsumedCapacity=TOTAL} on every item and query request. Not thread-safe: one request at a time.
 */
final class SdkMeter implements ExecutionInterceptor {

    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("benchmark.started");

    private int calls;
    private long nanos;
    private double capacity;
    private final List<String> operations = new ArrayList<>();

    void reset() {
        calls = 0;
        nanos = 0;
        capacity = 0;
        operations.clear();
    }

    int calls() {
        return calls;
    }

    long nanos() {
        return nanos;
    }

    double capacity() {
        return capacity;
    }

    List<String> operations() {
        return List.copyOf(operations);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
        calls++;
        operations.add(context.request().getClass().getSimpleName().replace("Request", ""));
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        if (request instanceof GetItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof PutItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof UpdateItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof DeleteItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof QueryRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        }
        return request;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        stop(attributes);
        capacity += units(context.response());
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        stop(attributes);
    }

    private void stop(ExecutionAttributes attributes) {
        Long started = attributes.getAttribute(STARTED);
        if (started != null) {
            nanos += System.nanoTime() - started;
        }
    }

    private static double units(SdkResponse response) {
        ConsumedCapacity consumed = null;
        if (response instanceof GetItemResponse r) {
            consumed = r.consumedCapacity();
        } else if (response instanceof PutItemResponse r) {
            consumed = r.consumedCapacity();
        } else if (response instanceof UpdateItemResponse r) {
            consumed = r.consumedCapacity();
        } else if (response instanceof DeleteItemResponse r) {
            consumed = r.consumedCapacity();
        } else if (response instanceof QueryResponse r) {
            consumed = r.consumedCapacity();
        }
        return consumed == null || consumed.capacityUnits() == null ? 0 : consumed.capacityUnits();
    }
}
