package de.integreat.chat.appchat;

/**
 * One counted request against a device's state.
 *
 * @param limit            requests of this counter allowed per window
 * @param consent          new evaluation consent, or null to leave it
 * @param language         language of a chat this request may start
 * @param retentionSeconds how long the chat stays current after this write
 */
record StateUpdate(
        String deviceId,
        String region,
        RateCounter counter,
        int limit,
        long windowSeconds,
        ChatChange change,
        Boolean consent,
        String language,
        long retentionSeconds) {
}
