package de.integreat.chat.authorchat;

/** What a delete of an author chat message did. */
public sealed interface DeleteOutcome {

    /** The message was deleted by this request. */
    record Deleted() implements DeleteOutcome {
    }

    /** No such message in the history (never existed, expired, or already deleted). */
    record NotFound() implements DeleteOutcome {
    }

    /** The message exists but the caller neither sent it nor has the {@code staff} role. */
    record Forbidden() implements DeleteOutcome {
    }
}
