package de.integreat.chat.sendmessage;

import de.integreat.chat.appchat.AppChatService;
import de.integreat.chat.appchat.NewMessage;
import de.integreat.chat.auth.Caller;
import de.integreat.chat.authorchat.AuthorChatService;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.config.Config;
import de.integreat.chat.http.ApiFunction;
import de.integreat.chat.http.FormBody;
import de.integreat.chat.http.HttpResponse;
import de.integreat.chat.http.Json;
import de.integreat.chat.http.Route;
import de.integreat.chat.inbox.ReplyService;
import de.integreat.chat.settings.RegionSettingsStore;
import java.util.Map;

/** Lambda handler for every send: the app user's message, the author chat message and the counsellor reply. */
public final class SendMessageFunction extends ApiFunction {

    public static final String APP_MESSAGE = "POST /api/v3/{region}/{language}/chat/{device_id}";
    public static final String AUTHOR_MESSAGE = "POST /cms/v1/author-chat/messages";
    public static final String COUNSELLOR_MESSAGE = "POST /cms/v1/regions/{region}/chats/{chat_id}/messages";

    /** Used by Lambda: reads the container's environment once. */
    public SendMessageFunction() {
        this(ChatContext.fromEnvironment());
    }

    public SendMessageFunction(ChatContext context) {
        this(context, RegionSettingsStore.from(context));
    }

    private SendMessageFunction(ChatContext context, RegionSettingsStore settings) {
        super(routes(context.config(), new AppChatService(context, settings), new AuthorChatService(context),
                new ReplyService(context, settings)));
    }

    private static Map<String, Route> routes(Config config, AppChatService chats, AuthorChatService authorChat,
                                             ReplyService replies) {
        return Map.of(
                APP_MESSAGE, request -> HttpResponse.json(200, chats.send(
                        request.pathParameter("region"), request.pathParameter("language"),
                        request.pathParameter("device_id"),
                        NewMessage.from(FormBody.parse(request), config),
                        request.header("idempotency-key"))),
                AUTHOR_MESSAGE, request -> {
                    Caller caller = Caller.from(request);
                    return HttpResponse.json(201, authorChat.send(caller, Json.readObject(request)));
                },
                COUNSELLOR_MESSAGE, request -> {
                    Caller caller = Caller.from(request);
                    return HttpResponse.json(201, replies.reply(caller, request.pathParameter("region"),
                            request.pathParameter("chat_id"), Json.readObject(request)));
                });
    }
}
