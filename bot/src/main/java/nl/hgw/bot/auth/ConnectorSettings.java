package nl.hgw.bot.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot sends its replies to the Bot Connector ({@code hgw.connector.*}). The channel waits
 * for the HTTP answer to its activity while the replies go out (about 15 s in Teams), so one reply
 * may take at most {@code deadline}, retries included.
 *
 * @param attempts       sends of one reply at most (the first and the retries)
 * @param connectTimeout per attempt, to connect
 * @param readTimeout    per attempt, to read the answer
 * @param backoff        wait before the first retry; doubled for the next, plus up to half of it at random
 * @param maxRetryAfter  the longest {@code Retry-After} honoured; a Connector that asks for longer is not retried
 * @param deadline       all attempts of one reply together
 * @param maxClients     Connector clients kept (one per service URL and credentials), least recently used dropped
 */
@ConfigurationProperties("hgw.connector")
public record ConnectorSettings(
        @DefaultValue("3") int attempts,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("250ms") Duration backoff,
        @DefaultValue("5s") Duration maxRetryAfter,
        @DefaultValue("12s") Duration deadline,
        @DefaultValue("64") int maxClients) {

    public ConnectorSettings {
        if (attempts < 1 || maxClients < 1) {
            throw new IllegalArgumentException("hgw.connector.attempts and max-clients must be at least 1");
        }
    }

    /** The defaults, for code that builds an adapter without Spring. */
    public static ConnectorSettings defaults() {
        return new ConnectorSettings(3, Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofMillis(250),
            Duration.ofSeconds(5), Duration.ofSeconds(12), 64);
    }
}
