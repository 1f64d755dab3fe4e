package de.integreat.chat.attachments;

/**
 * A counsellor's declared upload, before the bytes are verified: which chat it is for and the name,
 * type and size the object must have to become an attachment.
 *
 * @param expiresAt epoch seconds; the declaration (and the bucket's {@code uploads/} object) lapse after a day
 */
public record PendingUpload(
        String hash,
        String region,
        String chatId,
        String filename,
        String contentType,
        long size,
        long expiresAt) {
}
