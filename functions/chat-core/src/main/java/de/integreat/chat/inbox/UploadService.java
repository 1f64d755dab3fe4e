package de.integreat.chat.inbox;

import de.integreat.chat.appchat.AppRegions;
import de.integreat.chat.attachments.AttachmentHash;
import de.integreat.chat.attachments.AttachmentPolicy;
import de.integreat.chat.attachments.AttachmentStore;
import de.integreat.chat.attachments.FileTypes;
import de.integreat.chat.attachments.PendingUpload;
import de.integreat.chat.attachments.PendingUploadStore;
import de.integreat.chat.auth.Caller;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.http.ApiError;
import de.integreat.chat.http.Times;
import de.integreat.chat.settings.RegionSettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Hands counsellors presigned upload URLs for reply attachments, after checking the declared file against the limits. */
public final class UploadService {

    /** Declarations (and {@code uploads/} objects, by the bucket lifecycle) lapse after a day. */
    private static final long DECLARATION_SECONDS = 86_400;

    private final Clock clock;
    private final Duration urlTtl;
    private final InboxAccess access;
    private final ChatLocator locator;
    private final AttachmentPolicy policy;
    private final PendingUploadStore uploads;
    private final AttachmentStore store;

    public UploadService(ChatContext context, RegionSettingsStore settings) {
        var dynamo = context.aws().dynamo();
        String table = context.config().tableName();
        this.clock = context.clock();
        this.urlTtl = Duration.ofSeconds(context.config().attachmentUrlTtlSeconds());
        this.access = new InboxAccess(new AppRegions(settings));
        this.locator = new ChatLocator(dynamo, table);
        this.policy = new AttachmentPolicy(context.config());
        this.uploads = new PendingUploadStore(dynamo, table);
        this.store = AttachmentStore.from(context);
    }

    /** Declares {@code {"filename","content_type","size"}} for the chat and returns the presigned PUT. */
    public UploadTicket create(Caller caller, String region, String chatId, Map<String, Object> body) {
        access.require(caller, region);
        String contentType = FileTypes.normalise(text(body, "content_type"));
        String filename = AttachmentPolicy.filename(text(body, "filename"), contentType);
        Object sizeValue = body.get("size");
        long size = sizeValue instanceof Integer || sizeValue instanceof Long ? ((Number) sizeValue).longValue() : 0;
        if (size < 1) {
            throw ApiError.badRequest("Field 'size' must be a whole number of bytes above 0.");
        }
        policy.check(filename, contentType, size);
        ChatLocation chat = locator.require(region, chatId);
        long now = clock.millis();
        PendingUpload upload = new PendingUpload(AttachmentHash.generate(), region, chat.chatId(), filename,
                contentType, size, now / 1000 + DECLARATION_SECONDS);
        uploads.put(upload);
        var presigned = store.uploadUrl(upload, urlTtl);
        Map<String, String> headers = new TreeMap<>();
        presigned.signedHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("host") && !lower.equals("content-length")) {
                headers.put(name, String.join(",", values));
            }
        });
        return new UploadTicket(upload.hash(), presigned.url().toString(), "PUT", headers,
                Times.iso(presigned.expiration().toEpochMilli()));
    }

    private static String text(Map<String, Object> body, String field) {
        if (!(body.get(field) instanceof String value) || value.isBlank()) {
            throw ApiError.badRequest("Field '" + field + "' must be a non-empty string.");
        }
        return value;
    }
}
