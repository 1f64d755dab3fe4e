package de.integreat.chat.attachments;

/**
 * An attachment's metadata item: which chat it belongs to and where its bytes are.
 *
 * @param expiresAt epoch seconds; the attachment is unreachable afterwards
 */
public record StoredAttachment(
        String hash,
        String deviceId,
        String region,
        String chatId,
        String objectKey,
        String filename,
        String contentType,
        long size,
        long expiresAt) {

    public AttachmentRef ref() {
        return new AttachmentRef(hash, filename, size, contentType);
    }
}
