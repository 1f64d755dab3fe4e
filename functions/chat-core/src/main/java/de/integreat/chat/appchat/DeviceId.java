package de.integreat.chat.appchat;

import de.integreat.chat.http.ApiError;
import java.util.regex.Pattern;

/** The app's device id: a Django slug of at most 200 characters (a UUID in practice). */
public final class DeviceId {

    private static final Pattern FORMAT = Pattern.compile("[-A-Za-z0-9_]{1,200}");

    private DeviceId() {
    }

    /** Returns the id, or fails with 400 before any storage is touched. */
    public static String require(String deviceId) {
        if (deviceId == null || !FORMAT.matcher(deviceId).matches()) {
            throw ApiError.badRequest("Invalid device id.");
        }
        return deviceId;
    }
}
