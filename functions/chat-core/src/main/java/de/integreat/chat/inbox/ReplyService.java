package de.integreat.chat.inbox;

import de.integreat.chat.appchat.AppRegions;
import de.integreat.chat.appchat.ChatMessage;
import de.integreat.chat.appchat.MessageStore;
import de.integreat.chat.attachments.AttachmentStore;
import de.integreat.chat.attachments.PendingUploadStore;
import de.integreat.chat.attachments.StoredAttachment;
import de.integreat.chat.auth.Caller;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.config.Config;
import de.integreat.chat.http.ApiError;
import de.integreat.chat.settings.RegionSettings;
import de.integreat.chat.settings.RegionSettingsStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A counsellor's (or the bot's) message to an app chat: role {@code agent}, optionally internal or
 * automatic, with verified uploads as attachments.
 */
public final class ReplyService {

    private final Config config;
    private final Clock clock;
    private final InboxAccess access;
    private final ChatLocator locator;
    private final ChatItems chats;
    private final MessageStore messages;
    private final ReplyAttachments attachments;

    public ReplyService(ChatContext context, RegionSettingsStore settings) {
        var dynamo = context.aws().dynamo();
        this.config = context.config();
        String table = config.tableName();
        this.clock = context.clock();
        this.access = new InboxAccess(new AppRegions(settings));
        this.locator = new ChatLocator(dynamo, table);
        this.chats = new ChatItems(dynamo, table);
        this.messages = new MessageStore(dynamo, table);
        this.attachments = new ReplyAttachments(new PendingUploadStore(dynamo, table),
                AttachmentStore.from(context));
    }

    /**
     * Stores the reply under the chat's next message id. Round trips: the chat lookup, one conditional
     * update for the id, one put for the message, plus a batch read, a HEAD, a copy and a put per attachment.
     */
    public CounsellorMessage reply(Caller caller, String region, String chatId, Map<String, Object> body) {
        RegionSettings settings = access.require(caller, region);
        Reply reply = Reply.from(body, config.messageMaxChars(), config.attachmentMaxCount());
        ChatLocation chat = locator.require(region, chatId);
        long now = clock.millis();
        long retention = settings.retentionSeconds();
        List<StoredAttachment> files = attachments.verifyAndCopy(reply.attachments(), chat, now, now / 1000 + retention);
        long id = allocate(chat, now, !reply.internal(), retention);
        if (!reply.internal()) {
            // Only what the app user may see becomes reachable through the app's attachment route.
            attachments.bind(files);
        }
        ChatMessage message = new ChatMessage(id, ChatMessage.AGENT, reply.text(), reply.automatic(), reply.internal(),
                now, files.stream().map(StoredAttachment::ref).toList());
        messages.put(chat.deviceId(), region, chatId, message, retention);
        return CounsellorMessage.of(message);
    }

    /**
     * The next id. A visible reply needs the device's current chat (the app shows no other); an internal
     * note may also go to an archived chat, also when the chat moved to its archive meanwhile.
     */
    private long allocate(ChatLocation chat, long now, boolean visible, long retention) {
        if (visible && !chat.current()) {
            throw ended();
        }
        OptionalLong id = chats.allocateMessageId(chat, now, visible, retention);
        if (id.isEmpty() && chat.current() && !visible) {
            ChatLocation moved = locator.require(chat.region(), chat.chatId());
            id = moved.current() ? id : chats.allocateMessageId(moved, now, visible, retention);
        }
        return id.orElseThrow(ReplyService::ended);
    }

    private static ApiError ended() {
        return ApiError.conflict("This chat has ended and can no longer be answered.");
    }
}
