package de.integreat.chat.inbox;

import de.integreat.chat.attachments.AttachmentHash;
import de.integreat.chat.attachments.AttachmentStore;
import de.integreat.chat.attachments.FileTypes;
import de.integreat.chat.attachments.PendingUpload;
import de.integreat.chat.attachments.PendingUploadStore;
import de.integreat.chat.attachments.StoredAttachment;
import de.integreat.chat.http.ApiError;
import de.integreat.chat.storage.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Turns a reply's upload ids into attachments: each must be declared for this chat and its object must
 * exist with exactly the declared size and type, and start with that type's file signature (as app
 * uploads must). Only then is it copied out of {@code uploads/} and bound
 * to the chat by its META item, which is what makes it reachable from the app.
 */
final class ReplyAttachments {

    /** Enough bytes for every signature {@link FileTypes} checks (WebP: 12). */
    private static final int SIGNATURE_BYTES = 16;

    private final PendingUploadStore uploads;
    private final AttachmentStore store;

    ReplyAttachments(PendingUploadStore uploads, AttachmentStore store) {
        this.uploads = uploads;
        this.store = store;
    }

    /** Checks every upload (one batch read; a HEAD and a 16-byte ranged GET each) and copies the verified bytes to their attachment keys. */
    List<StoredAttachment> verifyAndCopy(List<String> hashes, ChatLocation chat, long nowMillis, long expiresAt) {
        for (String hash : hashes) {
            if (!AttachmentHash.isWellFormed(hash)) {
                throw notFound(hash);
            }
        }
        Map<String, PendingUpload> declared = uploads.findAll(hashes, nowMillis / 1000);
        List<StoredAttachment> verified = new ArrayList<>();
        for (String hash : hashes) {
            PendingUpload upload = declared.get(hash);
            if (upload == null || !upload.region().equals(chat.region()) || !upload.chatId().equals(chat.chatId())) {
                throw notFound(hash);
            }
            HeadObjectResponse object = store.uploaded(hash).orElseThrow(() -> mismatch(upload));
            if (object.contentLength() == null || object.contentLength() != upload.size()
                    || !FileTypes.normalise(object.contentType()).equals(upload.contentType())) {
                throw mismatch(upload);
            }
            if (!FileTypes.contentMatches(upload.contentType(), store.uploadedPrefix(hash, SIGNATURE_BYTES))) {
                throw ApiError.badRequest("Attachment '" + upload.filename() + "' has an unsupported file type.");
            }
            verified.add(new StoredAttachment(hash, chat.deviceId(), chat.region(), chat.chatId(),
                    Keys.attachmentObject(hash), upload.filename(), upload.contentType(), upload.size(), expiresAt));
        }
        verified.forEach(store::promoteUpload);
        return verified;
    }

    /** Binds the attachments to their chat, so the app's attachment route resolves them. */
    void bind(List<StoredAttachment> attachments) {
        attachments.forEach(store::saveMeta);
    }

    private static ApiError notFound(String hash) {
        return ApiError.badRequest("Attachment '" + hash + "' was not declared for this chat.");
    }

    private static ApiError mismatch(PendingUpload upload) {
        return ApiError.badRequest("Attachment '" + upload.filename()
                + "' was not uploaded with its declared size and content type.");
    }
}
