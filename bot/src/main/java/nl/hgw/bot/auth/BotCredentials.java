package nl.hgw.bot.auth;

import org.springframework.core.env.PropertyResolver;

/**
 * The bot's identity, from the Bot Framework's own configuration keys (environment
 * variables of exactly these names, or application.yml). No app id means local mode.
 * {@link #toString()} never shows the password.
 */
public record BotCredentials(String appId, String password, String tenantId, AppType type) {

    public static final String APP_ID = "MicrosoftAppId";

    public static final String APP_PASSWORD = "MicrosoftAppPassword";

    public static final String APP_TENANT_ID = "MicrosoftAppTenantId";

    public static final String APP_TYPE = "MicrosoftAppType";

    public static BotCredentials from(PropertyResolver config) {
        return new BotCredentials(
            trimmed(config.getProperty(APP_ID)),
            trimmed(config.getProperty(APP_PASSWORD)),
            trimmed(config.getProperty(APP_TENANT_ID)),
            AppType.parse(config.getProperty(APP_TYPE)));
    }

    /** Whether no app id is set: no authentication, loopback only. */
    public static boolean localMode(PropertyResolver config) {
        return trimmed(config.getProperty(APP_ID)).isEmpty();
    }

    public boolean localMode() {
        return appId.isEmpty();
    }

    /** Fails at start-up, naming the missing key, when the settings cannot work. */
    public BotCredentials validated() {
        if (localMode()) {
            return this;
        }
        if (type != AppType.USER_ASSIGNED_MSI && password.isEmpty()) {
            throw new IllegalStateException(APP_PASSWORD + " is required when " + APP_ID + " is set ("
                + APP_TYPE + "=" + type.configValue() + ")");
        }
        if (type == AppType.SINGLE_TENANT && tenantId.isEmpty()) {
            throw new IllegalStateException(APP_TENANT_ID + " is required for " + APP_TYPE + "=SingleTenant");
        }
        return this;
    }

    @Override
    public String toString() {
        return "BotCredentials[appId=" + appId + ", type=" + type.configValue() + ", tenantId=" + tenantId
            + ", password=" + (password.isEmpty() ? "<none>" : "<set>") + "]";
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
