package de.integreat.chat.appchat;

import de.integreat.chat.http.ApiError;
import de.integreat.chat.settings.RegionSettings;
import de.integreat.chat.settings.RegionSettingsStore;
import java.util.regex.Pattern;

/** The region and language checks every app chat route starts with. */
public final class AppRegions {

    private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

    private final RegionSettingsStore settings;

    public AppRegions(RegionSettingsStore settings) {
        this.settings = settings;
    }

    /** The settings of a configured region, or 404 {@code Region not found.}. */
    public RegionSettings require(String region) {
        if (!REGION.matcher(region).matches()) {
            throw ApiError.notFound("Region not found.");
        }
        return settings.find(region).orElseThrow(() -> ApiError.notFound("Region not found."));
    }

    /** The region's settings when its app chat is on and the language is allowed (404 / 503 otherwise). */
    public RegionSettings requireChat(String region, String language) {
        RegionSettings regionSettings = require(region);
        if (!LANGUAGE.matcher(language).matches() || !regionSettings.allowsLanguage(language)) {
            throw ApiError.notFound("Language not found.");
        }
        if (!regionSettings.appChatEnabled()) {
            throw new ApiError(503, "No chat server is configured for your region.");
        }
        return regionSettings;
    }
}
