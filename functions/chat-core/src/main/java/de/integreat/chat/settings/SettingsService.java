package de.integreat.chat.settings;

import de.integreat.chat.auth.Caller;
import de.integreat.chat.http.ApiError;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading and replacing a region's settings (staff; management of the region may read). */
public final class SettingsService {

    /** Far more than any region offers, and far below DynamoDB's item size limit. */
    private static final int MAX_LANGUAGES = 100;

    private final RegionSettingsStore store;

    public SettingsService(RegionSettingsStore store) {
        this.store = store;
    }

    /** The region's settings; 404 when the region is not configured. */
    public SettingsView get(Caller caller, String region) {
        caller.requireAny(region, Caller.STAFF, Caller.MANAGEMENT);
        return store.find(requireSlug(region)).map(SettingsView::of)
                .orElseThrow(() -> ApiError.notFound("Region not found."));
    }

    /** Validates every field of {@code body} and stores it as the region's settings (creating the region). */
    public SettingsView put(Caller caller, String region, Map<String, Object> body) {
        caller.requireAny(region, Caller.STAFF);
        RegionSettings settings = new RegionSettings(
                requireSlug(region),
                bool(body, "app_chat_enabled"),
                bool(body, "author_chat_enabled"),
                integer(body, "chat_beta_tester_percentage", 0, 100),
                integer(body, "retention_days", 1, 3650),
                languages(body),
                helpdeskUrl(body));
        store.save(settings);
        return SettingsView.of(settings);
    }

    private static String requireSlug(String region) {
        if (!RegionSettings.SLUG.matcher(region).matches()) {
            throw ApiError.notFound("Region not found.");
        }
        return region;
    }

    private static boolean bool(Map<String, Object> body, String field) {
        if (!(body.get(field) instanceof Boolean value)) {
            throw invalid(field, "must be true or false");
        }
        return value;
    }

    private static int integer(Map<String, Object> body, String field, int min, int max) {
        Object value = body.get(field);
        if (!(value instanceof Integer number) || number < min || number > max) {
            throw invalid(field, "must be a whole number from " + min + " to " + max);
        }
        return number;
    }

    private static List<String> languages(Map<String, Object> body) {
        if (!(body.get("languages") instanceof List<?> value) || value.size() > MAX_LANGUAGES) {
            throw invalid("languages", "must be a list of at most " + MAX_LANGUAGES + " language tags");
        }
        List<String> languages = new ArrayList<>();
        for (Object item : value) {
            if (!(item instanceof String language) || !RegionSettings.LANGUAGE.matcher(language).matches()) {
                throw invalid("languages", "must contain language tags like \"de\" or \"pt-br\"");
            }
            if (!languages.contains(language)) {
                languages.add(language);
            }
        }
        return languages;
    }

    private static String helpdeskUrl(Map<String, Object> body) {
        Object value = body.get("helpdesk_url");
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof String text && text.length() <= 2000) {
                URI uri = new URI(text);
                if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                    return text;
                }
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw invalid("helpdesk_url", "must be an https:// URL or null");
    }

    private static ApiError invalid(String field, String rule) {
        return ApiError.badRequest("Field '" + field + "' " + rule + ".");
    }
}
