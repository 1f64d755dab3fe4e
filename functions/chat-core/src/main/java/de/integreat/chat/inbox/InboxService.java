package de.integreat.chat.inbox;

import de.integreat.chat.appchat.AppRegions;
import de.integreat.chat.appchat.MessageStore;
import de.integreat.chat.auth.Caller;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.http.PageRequest;
import de.integreat.chat.settings.RegionSettings;
import de.integreat.chat.settings.RegionSettingsStore;
import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.PageCursor;
import de.integreat.chat.storage.TableSchema;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The counsellor inbox reads: a region's chats by last activity and one chat's messages (internal notes included). */
public final class InboxService {

    private static final String MESSAGE_CURSOR = "m";

    private final Clock clock;
    private final InboxAccess access;
    private final InboxStore inbox;
    private final ChatLocator locator;
    private final MessageStore messages;

    public InboxService(ChatContext context, RegionSettingsStore settings) {
        var dynamo = context.aws().dynamo();
        String table = context.config().tableName();
        this.clock = context.clock();
        this.access = new InboxAccess(new AppRegions(settings));
        this.inbox = new InboxStore(dynamo, table);
        this.locator = new ChatLocator(dynamo, table);
        this.messages = new MessageStore(dynamo, table);
    }

    /** A page of the region's chats, most recent activity first. */
    public InboxPages.Chats chats(Caller caller, String region, PageRequest page) {
        RegionSettings settings = access.require(caller, region);
        long now = clock.millis();
        InboxStore.Position after = null;
        if (page.cursor() != null) {
            InboxCursor cursor = InboxCursor.decode(page.cursor());
            ChatLocation chat = cursor.chatId() == null ? null : locator.find(region, cursor.chatId()).orElse(null);
            after = InboxStore.Position.of(cursor, region, chat);
        }
        return inbox.page(region, now, now - settings.retentionSeconds() * 1000, page.limit(), after);
    }

    /** A page of one chat's messages, oldest first, internal notes included; 404 for a chat not in the region. */
    public InboxPages.Messages messages(Caller caller, String region, String chatId, PageRequest page) {
        access.require(caller, region);
        ChatLocation chat = locator.require(region, chatId);
        Map<String, AttributeValue> startKey = page.cursor() == null ? null : Attributes.key(
                Keys.device(chat.deviceId()), Keys.message(region, chatId, messageId(page.cursor())));
        MessageStore.Page found = messages.page(chat.deviceId(), region, chatId, clock.millis() / 1000, page.limit(), startKey);
        String next = found.lastKey() == null ? null : PageCursor.encodeFields(Map.of(MESSAGE_CURSOR,
                Long.toString(Long.parseLong(Keys.messageIdOf(found.lastKey().get(TableSchema.SK).s())))));
        return new InboxPages.Messages(found.messages().stream().map(CounsellorMessage::of).toList(), next);
    }

    /** A messages cursor holds only the last message id (no device id, no table keys). */
    private static long messageId(String cursor) {
        try {
            long id = Long.parseLong(PageCursor.decodeFields(cursor, Set.of(MESSAGE_CURSOR)).get(MESSAGE_CURSOR));
            if (id < 0) {
                throw PageCursor.invalid();
            }
            return id;
        } catch (NumberFormatException e) {
            throw PageCursor.invalid();
        }
    }
}
