package de.integreat.chat.attachments;

import static de.integreat.chat.storage.Attributes.n;
import static de.integreat.chat.storage.Attributes.s;

import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Declared uploads: item {@code ATTACHMENT#<hash>} / {@code UPLOAD}, beside the attachment's future META item. */
public final class PendingUploadStore {

    private static final int MAX_ATTEMPTS = 5;

    private final DynamoDbClient dynamo;
    private final String table;

    public PendingUploadStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Records a declaration. */
    public void put(PendingUpload upload) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.attachment(upload.hash()), Keys.UPLOAD));
        item.put("region", s(upload.region()));
        item.put("chatId", s(upload.chatId()));
        item.put("filename", s(upload.filename()));
        item.put("contentType", s(upload.contentType()));
        item.put("size", n(upload.size()));
        item.put(TableSchema.EXPIRES_AT, n(upload.expiresAt()));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    /** The unexpired declarations among {@code hashes} (distinct, at most 100), in one batch read. */
    public Map<String, PendingUpload> findAll(List<String> hashes, long nowSeconds) {
        Map<String, PendingUpload> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        hashes.forEach(hash -> keys.add(Attributes.key(Keys.attachment(hash), Keys.UPLOAD)));
        Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        for (int attempt = 0; attempt < MAX_ATTEMPTS && !request.isEmpty(); attempt++) {
            Map<String, KeysAndAttributes> current = request;
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(current));
            for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                if (Attributes.live(item, nowSeconds)) {
                    PendingUpload upload = fromItem(item);
                    found.put(upload.hash(), upload);
                }
            }
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        if (!request.isEmpty()) {
            throw new IllegalStateException("Upload declarations could not be read");
        }
        return found;
    }

    private static PendingUpload fromItem(Map<String, AttributeValue> item) {
        return new PendingUpload(
                Attributes.string(item, TableSchema.PK).substring(Keys.attachment("").length()),
                Attributes.string(item, "region"),
                Attributes.string(item, "chatId"),
                Attributes.string(item, "filename"),
                Attributes.string(item, "contentType"),
                Attributes.number(item, "size", -1),
                Attributes.number(item, TableSchema.EXPIRES_AT, 0));
    }
}
