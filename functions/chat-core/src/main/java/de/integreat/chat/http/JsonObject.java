package de.integreat.chat.http;

import java.util.Map;

/**
 * A response body that names its own JSON fields. Records implement it instead of carrying annotations for a
 * data binder: the field names of the API stay next to the values, and writing needs no reflection.
 */
public interface JsonObject {

    /** The fields in the order they are written; nested values may be lists, maps or other {@code JsonObject}s. */
    Map<String, Object> toJson();
}
