package de.integreat.chat.managechat;

import de.integreat.chat.auth.Caller;
import de.integreat.chat.authorchat.AuthorChatService;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.http.ApiFunction;
import de.integreat.chat.http.HttpResponse;
import de.integreat.chat.http.Json;
import de.integreat.chat.http.Route;
import de.integreat.chat.inbox.TypingService;
import de.integreat.chat.settings.RegionSettingsStore;
import de.integreat.chat.settings.SettingsService;
import java.util.Map;

/** Lambda handler for CMS changes: region settings, author chat deletes and visits, the typing flag. */
public final class ManageChatFunction extends ApiFunction {

    public static final String GET_SETTINGS = "GET /cms/v1/regions/{region}/settings";
    public static final String PUT_SETTINGS = "PUT /cms/v1/regions/{region}/settings";
    public static final String DELETE_AUTHOR_MESSAGE = "DELETE /cms/v1/author-chat/messages/{id}";
    public static final String AUTHOR_VISIT = "POST /cms/v1/author-chat/visits";
    public static final String TYPING = "PUT /cms/v1/regions/{region}/chats/{chat_id}/typing";

    /** Used by Lambda: reads the container's environment once. */
    public ManageChatFunction() {
        this(ChatContext.fromEnvironment());
    }

    public ManageChatFunction(ChatContext context) {
        this(context, RegionSettingsStore.from(context));
    }

    private ManageChatFunction(ChatContext context, RegionSettingsStore settings) {
        super(routes(new SettingsService(settings), new AuthorChatService(context), new TypingService(context, settings)));
    }

    private static Map<String, Route> routes(SettingsService settings, AuthorChatService authorChat, TypingService typing) {
        return Map.of(
                GET_SETTINGS, request -> HttpResponse.json(200,
                        settings.get(Caller.from(request), request.pathParameter("region"))),
                PUT_SETTINGS, request -> HttpResponse.json(200,
                        settings.put(Caller.from(request), request.pathParameter("region"), Json.readObject(request))),
                DELETE_AUTHOR_MESSAGE, request -> HttpResponse.json(200,
                        authorChat.delete(Caller.from(request), request.pathParameter("id"))),
                AUTHOR_VISIT, request -> HttpResponse.json(200, authorChat.visit(Caller.from(request))),
                TYPING, request -> {
                    Caller caller = Caller.from(request);
                    return HttpResponse.json(200, typing.setTyping(caller, request.pathParameter("region"),
                            request.pathParameter("chat_id"), Json.readObject(request)));
                });
    }
}
