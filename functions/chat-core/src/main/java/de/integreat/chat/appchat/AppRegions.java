package de.integreat.chat.appchat;

import de.integreat.chat.http.ApiError;
import de.integreat.chat.settings.RegionSettings;
import de.integreat.chat.settings.RegionSettingsStore;

/** The region and language checks every app chat route starts with. */
public final class AppRegions {

    private final RegionSettingsStore settings;

    public AppRegions(RegionSettingsStore settings) {
        this.settings = settings;
    }

    /** The settings of a configured region, or 404 {@code Region not found.}. */
    public RegionSettings require(String region) {
        if (!RegionSettings.SLUG.matcher(region).matches()) {
            throw ApiError.notFound("Region not found.");
        }
        return settings.find(region).orElseThrow(() -> ApiError.notFound("Region not found."));
    }

    /** The region's settings when its app chat is on and the language is allowed (404 / 503 otherwise). */
    public RegionSettings requireChat(String region, String language) {
        RegionSettings regionSettings = require(region);
        if (!RegionSettings.LANGUAGE.matcher(language).matches() || !regionSettings.allowsLanguage(language)) {
            throw ApiError.notFound("Language not found.");
        }
        if (!regionSettings.appChatEnabled()) {
            throw new ApiError(503, "No chat server is configured for your region.");
        }
        return regionSettings;
    }
}
