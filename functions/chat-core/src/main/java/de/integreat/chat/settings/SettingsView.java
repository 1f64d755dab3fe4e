package de.integreat.chat.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Region settings in the API's field names. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SettingsView(
        @JsonProperty("app_chat_enabled") boolean appChatEnabled,
        @JsonProperty("author_chat_enabled") boolean authorChatEnabled,
        @JsonProperty("chat_beta_tester_percentage") int betaTesterPercentage,
        @JsonProperty("retention_days") int retentionDays,
        @JsonProperty("languages") List<String> languages,
        @JsonProperty("helpdesk_url") String helpdeskUrl) {

    static SettingsView of(RegionSettings settings) {
        return new SettingsView(settings.appChatEnabled(), settings.authorChatEnabled(),
                settings.betaTesterPercentage(), settings.retentionDays(), settings.languages(), settings.helpdeskUrl());
    }
}
