package de.integreat.chat.settings;

import static de.integreat.chat.storage.Attributes.bool;
import static de.integreat.chat.storage.Attributes.n;
import static de.integreat.chat.storage.Attributes.s;

import de.integreat.chat.config.ChatContext;
import de.integreat.chat.storage.Attributes;
import de.integreat.chat.storage.Keys;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads and writes region settings. Reads are cached per container for {@code cacheSeconds}, because
 * every app request needs them and they change rarely.
 */
public final class RegionSettingsStore {

    private record Cached(Optional<RegionSettings> settings, long loadedAtMillis) {
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final long cacheMillis;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public RegionSettingsStore(DynamoDbClient dynamo, String table, Clock clock, int cacheSeconds) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
        this.cacheMillis = cacheSeconds * 1000L;
    }

    /** The store of a function container, cached for {@code SETTINGS_CACHE_SECONDS}. */
    public static RegionSettingsStore from(ChatContext context) {
        return new RegionSettingsStore(context.aws().dynamo(), context.config().tableName(), context.clock(),
                context.config().settingsCacheSeconds());
    }

    /** The settings of a region, or empty when the region is not configured. */
    public Optional<RegionSettings> find(String slug) {
        long now = clock.millis();
        Cached cached = cache.get(slug);
        if (cached != null && now - cached.loadedAtMillis() < cacheMillis) {
            return cached.settings();
        }
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Attributes.key(Keys.region(slug), Keys.SETTINGS))).item();
        if (item == null || item.isEmpty()) {
            // Not cached: a region created a moment later (by another container) must be found at once.
            return Optional.empty();
        }
        Optional<RegionSettings> settings = Optional.of(fromItem(slug, item));
        cache.put(slug, new Cached(settings, now));
        return settings;
    }

    /** Stores a region's settings (creating the region) and refreshes this container's cache. */
    public void save(RegionSettings settings) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.region(settings.slug()), Keys.SETTINGS));
        item.put("appChatEnabled", bool(settings.appChatEnabled()));
        item.put("authorChatEnabled", bool(settings.authorChatEnabled()));
        item.put("betaTesterPercentage", n(settings.betaTesterPercentage()));
        item.put("retentionDays", n(settings.retentionDays()));
        item.put("languages", AttributeValue.fromL(settings.languages().stream().map(Attributes::s).toList()));
        if (settings.helpdeskUrl() != null) {
            item.put("helpdeskUrl", s(settings.helpdeskUrl()));
        }
        dynamo.putItem(b -> b.tableName(table).item(item));
        cache.put(settings.slug(), new Cached(Optional.of(settings), clock.millis()));
    }

    private static RegionSettings fromItem(String slug, Map<String, AttributeValue> item) {
        AttributeValue languages = item.get("languages");
        List<String> languageList = languages == null || !languages.hasL()
                ? List.of() : languages.l().stream().map(AttributeValue::s).toList();
        return new RegionSettings(
                slug,
                Attributes.flag(item, "appChatEnabled"),
                Attributes.flag(item, "authorChatEnabled"),
                (int) Attributes.number(item, "betaTesterPercentage", 0),
                (int) Attributes.number(item, "retentionDays", RegionSettings.DEFAULT_RETENTION_DAYS),
                languageList,
                Attributes.string(item, "helpdeskUrl"));
    }
}
