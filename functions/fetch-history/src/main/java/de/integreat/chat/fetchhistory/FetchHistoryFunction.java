package de.integreat.chat.fetchhistory;

import de.integreat.chat.auth.Caller;
import de.integreat.chat.authorchat.AuthorChatService;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.http.ApiFunction;
import de.integreat.chat.http.HttpResponse;
import de.integreat.chat.http.PageRequest;
import de.integreat.chat.http.Route;
import java.util.Map;

/** Lambda handler for CMS reads: author chat history and the counsellor inbox. */
public final class FetchHistoryFunction extends ApiFunction {

    public static final String AUTHOR_HISTORY = "GET /cms/v1/author-chat/messages";

    /** Used by Lambda: reads the container's environment once. */
    public FetchHistoryFunction() {
        this(ChatContext.fromEnvironment());
    }

    public FetchHistoryFunction(ChatContext context) {
        super(routes(new AuthorChatService(context)));
    }

    private static Map<String, Route> routes(AuthorChatService authorChat) {
        return Map.of(
                AUTHOR_HISTORY, request -> HttpResponse.json(200,
                        authorChat.history(Caller.from(request), PageRequest.from(request))));
    }
}
