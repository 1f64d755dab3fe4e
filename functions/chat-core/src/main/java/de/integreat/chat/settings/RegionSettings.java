package de.integreat.chat.settings;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A region's chat settings, as stored in the table and changed through the settings route.
 *
 * @param betaTesterPercentage share (0–100) of devices for which the app chat is enabled
 * @param retentionDays        how long an app chat stays current after its last message
 * @param languages            allowed language slugs; empty allows any well-formed slug
 * @param helpdeskUrl          optional https URL the app shows as {@code ticket_url}
 */
public record RegionSettings(
        String slug,
        boolean appChatEnabled,
        boolean authorChatEnabled,
        int betaTesterPercentage,
        int retentionDays,
        List<String> languages,
        String helpdeskUrl) {

    public static final int DEFAULT_RETENTION_DAYS = 90;
    /** A region slug, as in the app's paths. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    /** A language slug such as {@code de} or {@code pt-br}. */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

    public RegionSettings {
        languages = List.copyOf(languages);
    }

    /** Whether {@code language} may be used in this region's app routes. */
    public boolean allowsLanguage(String language) {
        return languages.isEmpty() || languages.contains(language);
    }

    /** Retention in seconds. */
    public long retentionSeconds() {
        return retentionDays * 86_400L;
    }
}
