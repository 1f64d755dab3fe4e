package de.integreat.chat.inbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Where and how to upload a declared attachment: a presigned S3 PUT. The body must have exactly the
 * declared size and be sent with {@code upload_headers}.
 *
 * @param id the attachment id (hash) to name in the reply's {@code attachments}
 */
public record UploadTicket(
        @JsonProperty("id") String id,
        @JsonProperty("upload_url") String uploadUrl,
        @JsonProperty("upload_method") String uploadMethod,
        @JsonProperty("upload_headers") Map<String, String> uploadHeaders,
        @JsonProperty("expires_at") String expiresAt) {
}
