package de.integreat.chat.attachments;

import static de.integreat.chat.storage.Attributes.n;
import static de.integreat.chat.storage.Attributes.s;

import de.integreat.chat.config.AwsClients;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.TableSchema;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Attachment bytes in the private bucket and their metadata items in the table. */
public final class AttachmentStore {

    private final AwsClients aws;
    private final String table;
    private final String bucket;

    /**
     * Takes the container's clients rather than an S3 client, because {@link AwsClients} builds S3 on first
     * use: a function that never touches an attachment never pays for loading S3 at cold start.
     */
    public AttachmentStore(AwsClients aws, String table, String bucket) {
        this.aws = aws;
        this.table = table;
        this.bucket = bucket;
    }

    /** The store of a function container. */
    public static AttachmentStore from(ChatContext context) {
        return new AttachmentStore(context.aws(), context.config().tableName(), context.config().bucket());
    }

    /** Uploads the bytes (with their type and download name) and then records the metadata. */
    public void save(StoredAttachment attachment, byte[] content) {
        aws.s3().putObject(b -> b.bucket(bucket).key(attachment.objectKey())
                        .contentType(attachment.contentType())
                        .contentDisposition(ContentDisposition.attachment(attachment.filename())),
                RequestBody.fromBytes(content));
        saveMeta(attachment);
    }

    /** Records an attachment's metadata (binding it to its chat) for bytes already at its object key. */
    public void saveMeta(StoredAttachment attachment) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.attachment(attachment.hash()), Keys.META));
        item.put("deviceId", s(attachment.deviceId()));
        item.put("region", s(attachment.region()));
        item.put("chatId", s(attachment.chatId()));
        item.put("objectKey", s(attachment.objectKey()));
        item.put("filename", s(attachment.filename()));
        item.put("contentType", s(attachment.contentType()));
        item.put("size", n(attachment.size()));
        item.put(TableSchema.EXPIRES_AT, n(attachment.expiresAt()));
        aws.dynamo().putItem(b -> b.tableName(table).item(item));
    }

    /** The metadata of an unexpired attachment, or empty. */
    public Optional<StoredAttachment> find(String hash, long nowSeconds) {
        Map<String, AttributeValue> item = aws.dynamo().getItem(b -> b.tableName(table)
                .key(Attributes.key(Keys.attachment(hash), Keys.META))).item();
        if (!Attributes.live(item, nowSeconds)) {
            return Optional.empty();
        }
        return Optional.of(new StoredAttachment(
                hash,
                Attributes.string(item, "deviceId"),
                Attributes.string(item, "region"),
                Attributes.string(item, "chatId"),
                Attributes.string(item, "objectKey"),
                Attributes.string(item, "filename"),
                Attributes.string(item, "contentType"),
                Attributes.number(item, "size", 0),
                Attributes.number(item, TableSchema.EXPIRES_AT, 0)));
    }

    /** A presigned GET whose response carries the stored type and the original file name. */
    public String downloadUrl(StoredAttachment attachment, Duration ttl) {
        return aws.presigner().presignGetObject(p -> p.signatureDuration(ttl)
                        .getObjectRequest(g -> g.bucket(bucket).key(attachment.objectKey())
                                .responseContentType(attachment.contentType())
                                .responseContentDisposition(ContentDisposition.attachment(attachment.filename()))))
                .url().toString();
    }

    /** A presigned PUT of a declared upload to {@code uploads/<hash>}; type and length are part of the signature. */
    public PresignedPutObjectRequest uploadUrl(PendingUpload upload, Duration ttl) {
        return aws.presigner().presignPutObject(p -> p.signatureDuration(ttl)
                .putObjectRequest(o -> o.bucket(bucket).key(Keys.uploadObject(upload.hash()))
                        .contentType(upload.contentType()).contentLength(upload.size())));
    }

    /** The size and type of an uploaded object, or empty when nothing was uploaded. */
    public Optional<HeadObjectResponse> uploaded(String hash) {
        try {
            return Optional.of(aws.s3().headObject(b -> b.bucket(bucket).key(Keys.uploadObject(hash))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The first {@code length} bytes of an uploaded object (fewer when it is shorter), to check its file signature. */
    public byte[] uploadedPrefix(String hash, int length) {
        return aws.s3().getObjectAsBytes(b -> b.bucket(bucket).key(Keys.uploadObject(hash)).range("bytes=0-" + (length - 1)))
                .asByteArray();
    }

    /** Copies a verified upload to its attachment key (outside the {@code uploads/} lifecycle rule). */
    public void promoteUpload(StoredAttachment attachment) {
        aws.s3().copyObject(b -> b.sourceBucket(bucket).sourceKey(Keys.uploadObject(attachment.hash()))
                .destinationBucket(bucket).destinationKey(attachment.objectKey()));
    }
}
