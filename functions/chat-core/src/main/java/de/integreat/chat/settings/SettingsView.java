package de.integreat.chat.settings;

import de.integreat.chat.http.Json;
import de.integreat.chat.http.JsonObject;
import java.util.List;
import java.util.Map;

/** Region settings in the API's field names. */
public record SettingsView(boolean appChatEnabled, boolean authorChatEnabled, int betaTesterPercentage,
                           int retentionDays, List<String> languages, String helpdeskUrl) implements JsonObject {

    @Override
    public Map<String, Object> toJson() {
        return Json.object("app_chat_enabled", appChatEnabled, "author_chat_enabled", authorChatEnabled,
                "chat_beta_tester_percentage", betaTesterPercentage, "retention_days", retentionDays,
                "languages", languages, "helpdesk_url", helpdeskUrl);
    }

    static SettingsView of(RegionSettings settings) {
        return new SettingsView(settings.appChatEnabled(), settings.authorChatEnabled(),
                settings.betaTesterPercentage(), settings.retentionDays(), settings.languages(), settings.helpdeskUrl());
    }
}
