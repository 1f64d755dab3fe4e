package de.integreat.chat.attachments;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An attachment as listed on a message: its public hash, original name, size and type. */
public record AttachmentRef(
        @JsonProperty("id") String hash,
        @JsonProperty("filename") String filename,
        @JsonProperty("size") long size,
        @JsonProperty("content_type") String contentType) {
}
