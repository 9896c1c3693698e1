package nl.hgw.bot;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code hgw.*} settings of application.yml (each bound there to an environment
 * variable). The Bot Framework's own keys ({@code MicrosoftAppId} …) are read by
 * {@link nl.hgw.bot.auth.BotCredentials}.
 *
 * @param dataDir       where the embedded MongoDB keeps its file ({@code HGW_DATA_DIR})
 * @param mongodb       the database connection
 * @param oauthEndpoint authority the bot gets its outgoing tokens from; empty = Microsoft's
 *                      login for the app type ({@code HGW_OAUTH_ENDPOINT})
 * @param msiEndpoint   token endpoint of the managed identity; empty = Azure's
 *                      ({@code HGW_MSI_ENDPOINT})
 * @param retentionDays how long pupils (and bot state) are kept after their last change
 *                      ({@code HGW_RETENTION_DAYS})
 */
@ConfigurationProperties("hgw")
public record HgwProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Mongodb mongodb,
        @DefaultValue("") String oauthEndpoint,
        @DefaultValue("") String msiEndpoint,
        @DefaultValue("365") int retentionDays) {

    public HgwProperties {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("hgw.retention-days (HGW_RETENTION_DAYS) must be at least 1, not "
                + retentionDays);
        }
    }

    /** {@link #retentionDays} as a duration. */
    public java.time.Duration retention() {
        return java.time.Duration.ofDays(retentionDays);
    }

    /**
     * @param uri         a MongoDB connection string; empty = the embedded server
     * @param database    the database name
     * @param timeout     how long a health check or a state read may wait for the server
     * @param stateFormat how bot state is written ({@code HGW_STATE_FORMAT}); both are read
     */
    public record Mongodb(@DefaultValue("") String uri, @DefaultValue("hgw") String database,
            @DefaultValue("5s") Duration timeout, @DefaultValue("text") StateFormat stateFormat) {

        @ConstructorBinding
        public Mongodb {
        }

        public Mongodb(String uri, String database, Duration timeout) {
            this(uri, database, timeout, StateFormat.TEXT);
        }

        public boolean embedded() {
            return uri == null || uri.isBlank();
        }
    }

    /** How bot state is written: one JSON string, or a tree of documents as versions before 2026-11-25 wrote it. */
    public enum StateFormat {
        TEXT, DOCUMENT
    }
}
