package de.integreat.chat.inbox;

import de.integreat.chat.appchat.AppRegions;
import de.integreat.chat.auth.Caller;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.http.ApiError;
import de.integreat.chat.settings.RegionSettingsStore;
import java.time.Clock;
import java.util.Map;

/** The {@code chatbot_typing} flag of a device's current chat, set by counsellors (or the bot) with a short expiry. */
public final class TypingService {

    private final Clock clock;
    private final int ttlSeconds;
    private final InboxAccess access;
    private final ChatLocator locator;
    private final ChatItems chats;

    public TypingService(ChatContext context, RegionSettingsStore settings) {
        var dynamo = context.aws().dynamo();
        String table = context.config().tableName();
        this.clock = context.clock();
        this.ttlSeconds = context.config().typingTtlSeconds();
        this.access = new InboxAccess(new AppRegions(settings));
        this.locator = new ChatLocator(dynamo, table);
        this.chats = new ChatItems(dynamo, table);
    }

    /**
     * {@code {"typing": true}} shows typing for TYPING_TTL_SECONDS from now, {@code false} ends it. 409 when
     * the chat is no longer the device's current chat (the app cannot show it).
     */
    public Map<String, Boolean> setTyping(Caller caller, String region, String chatId, Map<String, Object> body) {
        access.require(caller, region);
        if (!(body.get("typing") instanceof Boolean typing)) {
            throw ApiError.badRequest("Field 'typing' must be true or false.");
        }
        ChatLocation chat = locator.require(region, chatId);
        long now = clock.millis();
        Long until = typing ? now / 1000 + ttlSeconds : null;
        if (!chats.setTyping(chat, until, now)) {
            throw ApiError.conflict("This chat has ended; typing cannot be shown.");
        }
        return Map.of("typing", typing);
    }
}
