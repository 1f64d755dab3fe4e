package de.integreat.chat.appchat;

/** What a request does to the device's current chat, applied in the same write as the rate check. */
sealed interface ChatChange {

    /** Reads: the chat is left alone. */
    record None() implements ChatChange {
    }

    /**
     * Adds to the current chat, which must have been active after {@code cutoffMillis}.
     *
     * @param withMessage whether a message id is allocated (false for a consent-only update)
     */
    record Append(long cutoffMillis, boolean withMessage) implements ChatChange {
    }

    /** Starts a new chat, replacing whatever chat is current. */
    record StartNew(boolean withMessage) implements ChatChange {
    }
}
