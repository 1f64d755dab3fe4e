package de.integreat.chat.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The functions' settings, read once per container from environment variables (template parameters).
 * Tests and the local runtime build it from a map instead, so nothing depends on the process environment.
 */
public record Config(
        String tableName,
        String bucket,
        int authorChatHistoryDays,
        int windowMinutes,
        int sendLimit,
        int readLimit,
        int messageMaxChars,
        int authorMessageMaxChars,
        long attachmentMaxBytes,
        int attachmentMaxCount,
        Set<String> attachmentAllowedTypes,
        int attachmentUrlTtlSeconds,
        int idempotencyTtlHours,
        int typingTtlSeconds,
        int settingsCacheSeconds) {

    /** Every environment variable this class reads; the template contract test checks each is passed. */
    public static final List<String> VARIABLES = List.of(
            "TABLE_NAME", "ATTACHMENTS_BUCKET", "AUTHOR_CHAT_HISTORY_DAYS", "USER_CHAT_WINDOW_MINUTES",
            "USER_CHAT_SEND_LIMIT", "USER_CHAT_READ_LIMIT", "MESSAGE_MAX_CHARS", "AUTHOR_MESSAGE_MAX_CHARS",
            "ATTACHMENT_MAX_BYTES", "ATTACHMENT_MAX_COUNT", "ATTACHMENT_ALLOWED_TYPES",
            "ATTACHMENT_URL_TTL_SECONDS", "IDEMPOTENCY_TTL_HOURS", "TYPING_TTL_SECONDS", "SETTINGS_CACHE_SECONDS");

    /** Reads the settings, applying the documented defaults; fails fast on a missing or invalid value. */
    public static Config from(Map<String, String> env) {
        Reader r = new Reader(env);
        Config config = new Config(
                r.required("TABLE_NAME"),
                r.required("ATTACHMENTS_BUCKET"),
                r.integer("AUTHOR_CHAT_HISTORY_DAYS", 30, 1, 3650),
                r.integer("USER_CHAT_WINDOW_MINUTES", 5, 1, 1440),
                r.integer("USER_CHAT_SEND_LIMIT", 20, 1, 100_000),
                r.integer("USER_CHAT_READ_LIMIT", 120, 1, 100_000),
                r.integer("MESSAGE_MAX_CHARS", 5000, 1, 100_000),
                r.integer("AUTHOR_MESSAGE_MAX_CHARS", 5000, 1, 100_000),
                r.integer("ATTACHMENT_MAX_BYTES", 5_242_880, 1, Integer.MAX_VALUE),
                r.integer("ATTACHMENT_MAX_COUNT", 3, 0, 20),
                r.list("ATTACHMENT_ALLOWED_TYPES", "image/jpeg,image/png,image/webp,application/pdf"),
                r.integer("ATTACHMENT_URL_TTL_SECONDS", 300, 1, 3600),
                r.integer("IDEMPOTENCY_TTL_HOURS", 24, 1, 24 * 30),
                r.integer("TYPING_TTL_SECONDS", 120, 1, 3600),
                r.integer("SETTINGS_CACHE_SECONDS", 60, 0, 3600));
        return config;
    }

    /** Reads the settings from the process environment (what Lambda gives the function). */
    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    /** The rate-limit window in seconds. */
    public long windowSeconds() {
        return windowMinutes * 60L;
    }

    private record Reader(Map<String, String> env) {
        String required(String name) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("Environment variable " + name + " is required");
            }
            return value.trim();
        }

        int integer(String name, int fallback, int min, int max) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value.trim());
                if (parsed < min || parsed > max) {
                    throw new IllegalStateException(name + " must be between " + min + " and " + max);
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + " must be a whole number", e);
            }
        }

        Set<String> list(String name, String fallback) {
            String value = env.getOrDefault(name, fallback);
            return Arrays.stream((value.isBlank() ? fallback : value).split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
