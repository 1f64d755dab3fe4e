package de.integreat.chat.http;

/** A file part of a multipart body. */
public record Upload(String fieldName, String filename, String contentType, byte[] content) {
}
