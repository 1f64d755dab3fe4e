package de.integreat.chat.inbox;

import de.integreat.chat.http.Json;
import de.integreat.chat.http.JsonObject;
import java.util.Map;

/**
 * Where and how to upload a declared attachment: a presigned S3 PUT. The body must have exactly the
 * declared size and be sent with {@code upload_headers}.
 *
 * @param id the attachment id (hash) to name in the reply's {@code attachments}
 */
public record UploadTicket(String id, String uploadUrl, String uploadMethod, Map<String, String> uploadHeaders,
                           String expiresAt) implements JsonObject {

    @Override
    public Map<String, Object> toJson() {
        return Json.object("id", id, "upload_url", uploadUrl, "upload_method", uploadMethod,
                "upload_headers", uploadHeaders, "expires_at", expiresAt);
    }
}
