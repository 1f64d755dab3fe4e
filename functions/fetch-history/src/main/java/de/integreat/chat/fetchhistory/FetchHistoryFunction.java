package de.integreat.chat.fetchhistory;

import de.integreat.chat.config.ChatContext;
import de.integreat.chat.http.ApiFunction;
import java.util.Map;

/** Lambda handler for CMS reads: author chat history and the counsellor inbox. */
public final class FetchHistoryFunction extends ApiFunction {

    /** Used by Lambda: reads the container's environment once. */
    public FetchHistoryFunction() {
        this(ChatContext.fromEnvironment());
    }

    public FetchHistoryFunction(ChatContext context) {
        super(Map.of());
    }
}
