package de.integreat.chat.appchat;

/** Result of a counted state update. */
sealed interface StateOutcome {

    /**
     * The request was counted and its chat change applied.
     *
     * @param replaced the previous chat's state when this update started a new chat, else null
     */
    record Updated(DeviceState state, DeviceState replaced) implements StateOutcome {
    }

    /** The counter is exhausted; nothing was changed. */
    record Limited(long retryAfterSeconds) implements StateOutcome {
    }
}
