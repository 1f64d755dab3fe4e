package de.integreat.chat.attachments;

import de.integreat.chat.http.Json;
import de.integreat.chat.http.JsonObject;
import java.util.Map;

/** An attachment as listed on a message: its public hash ({@code id} in the API), original name, size and type. */
public record AttachmentRef(String hash, String filename, long size, String contentType) implements JsonObject {

    @Override
    public Map<String, Object> toJson() {
        return Json.object("id", hash, "filename", filename, "size", size, "content_type", contentType);
    }
}
