package de.integreat.chat.fetchhistory;

import de.integreat.chat.auth.Caller;
import de.integreat.chat.authorchat.AuthorChatService;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.http.ApiFunction;
import de.integreat.chat.http.HttpResponse;
import de.integreat.chat.http.PageRequest;
import de.integreat.chat.http.Route;
import de.integreat.chat.inbox.InboxService;
import de.integreat.chat.settings.RegionSettingsStore;
import java.util.Map;

/** Lambda handler for CMS reads: author chat history and the counsellor inbox. */
public final class FetchHistoryFunction extends ApiFunction {

    public static final String AUTHOR_HISTORY = "GET /cms/v1/author-chat/messages";
    public static final String INBOX_CHATS = "GET /cms/v1/regions/{region}/chats";
    public static final String INBOX_MESSAGES = "GET /cms/v1/regions/{region}/chats/{chat_id}/messages";

    /** Used by Lambda: reads the container's environment once. */
    public FetchHistoryFunction() {
        this(ChatContext.fromEnvironment());
    }

    public FetchHistoryFunction(ChatContext context) {
        super(routes(new AuthorChatService(context), new InboxService(context, RegionSettingsStore.from(context))));
    }

    private static Map<String, Route> routes(AuthorChatService authorChat, InboxService inbox) {
        return Map.of(
                AUTHOR_HISTORY, request -> HttpResponse.json(200,
                        authorChat.history(Caller.from(request), PageRequest.from(request))),
                INBOX_CHATS, request -> {
                    Caller caller = Caller.from(request);
                    return HttpResponse.json(200, inbox.chats(caller, request.pathParameter("region"),
                            PageRequest.from(request)));
                },
                INBOX_MESSAGES, request -> {
                    Caller caller = Caller.from(request);
                    return HttpResponse.json(200, inbox.messages(caller, request.pathParameter("region"),
                            request.pathParameter("chat_id"), PageRequest.from(request)));
                });
    }
}
