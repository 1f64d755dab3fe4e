package de.integreat.chat.inbox;

import de.integreat.chat.appchat.AppRegions;
import de.integreat.chat.appchat.MessageStore;
import de.integreat.chat.auth.Caller;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.http.PageRequest;
import de.integreat.chat.settings.RegionSettings;
import de.integreat.chat.settings.RegionSettingsStore;
import de.integreat.chat.storage.Keys;
import de.integreat.chat.storage.PageCursor;
import de.integreat.chat.storage.TableSchema;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The counsellor inbox reads: a region's chats by last activity and one chat's messages (internal notes included). */
public final class InboxService {

    private static final Set<String> MESSAGE_CURSOR = Set.of(TableSchema.PK, TableSchema.SK);

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
        return inbox.page(region, now, now - settings.retentionSeconds() * 1000, page.limit(), page.cursor());
    }

    /** A page of one chat's messages, oldest first, internal notes included; 404 for a chat not in the region. */
    public InboxPages.Messages messages(Caller caller, String region, String chatId, PageRequest page) {
        access.require(caller, region);
        ChatLocation chat = locator.require(region, chatId);
        Map<String, AttributeValue> startKey = PageCursor.decode(page.cursor(), MESSAGE_CURSOR);
        if (startKey != null && (!Keys.device(chat.deviceId()).equals(startKey.get(TableSchema.PK).s())
                || startKey.get(TableSchema.SK).s() == null
                || !startKey.get(TableSchema.SK).s().startsWith(Keys.messagePrefix(region, chatId)))) {
            throw PageCursor.invalid();
        }
        MessageStore.Page found = messages.page(chat.deviceId(), region, chatId, clock.millis() / 1000, page.limit(), startKey);
        return new InboxPages.Messages(found.messages().stream().map(CounsellorMessage::of).toList(),
                PageCursor.encode(found.lastKey()));
    }
}
