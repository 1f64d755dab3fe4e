package de.integreat.chat.config;

import java.time.Clock;

/**
 * Everything a function needs from its container: settings, AWS clients and the clock.
 * Lambda builds it from the environment; tests and the local runtime build it directly.
 */
public record ChatContext(Config config, AwsClients aws, Clock clock) {

    /**
     * The context of a Lambda container, read from its environment variables once; registers the container's
     * read-only SnapStart priming hook ({@link SnapStartPriming}).
     */
    public static ChatContext fromEnvironment() {
        ChatContext context = new ChatContext(
                Config.fromEnvironment(),
                AwsClients.create(AwsClients.Settings.fromEnvironment(System.getenv())),
                Clock.systemUTC());
        SnapStartPriming.register(context);
        return context;
    }
}
