package de.integreat.chat.currentchat;

import de.integreat.chat.appchat.AppChatService;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.http.ApiFunction;
import de.integreat.chat.http.HttpResponse;
import de.integreat.chat.http.Route;
import de.integreat.chat.settings.RegionSettingsStore;
import java.util.Map;

/** Lambda handler for the app's reads: the current device chat and {@code is_chat_enabled}. */
public final class CurrentChatFunction extends ApiFunction {

    public static final String CURRENT_CHAT = "GET /api/v3/{region}/{language}/chat/{device_id}";
    public static final String IS_CHAT_ENABLED = "GET /api/v3/{region}/{device_id}/is_chat_enabled";

    /** Used by Lambda: reads the container's environment once. */
    public CurrentChatFunction() {
        this(ChatContext.fromEnvironment());
    }

    public CurrentChatFunction(ChatContext context) {
        super(routes(new AppChatService(context, RegionSettingsStore.from(context))));
    }

    private static Map<String, Route> routes(AppChatService chats) {
        return Map.of(
                CURRENT_CHAT, request -> HttpResponse.json(200, chats.currentChat(
                        request.pathParameter("region"), request.pathParameter("language"),
                        request.pathParameter("device_id"))),
                IS_CHAT_ENABLED, request -> HttpResponse.json(200, Map.of("is_chat_enabled", chats.isChatEnabled(
                        request.pathParameter("region"), request.pathParameter("device_id")))));
    }
}
