package nl.hgw.bot.auth;

import java.util.Arrays;
import java.util.stream.Collectors;

/** {@code MicrosoftAppType}: how the Azure Bot registration's identity is set up. */
public enum AppType {

    MULTI_TENANT("MultiTenant"),

    SINGLE_TENANT("SingleTenant"),

    USER_ASSIGNED_MSI("UserAssignedMSI");

    private final String configValue;

    AppType(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    /** Parses a {@code MicrosoftAppType} value, ignoring case; empty means MultiTenant. */
    public static AppType parse(String value) {
        if (value == null || value.isBlank()) {
            return MULTI_TENANT;
        }
        return Arrays.stream(values())
            .filter(type -> type.configValue.equalsIgnoreCase(value.strip()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("MicrosoftAppType must be one of "
                + Arrays.stream(values()).map(AppType::configValue).collect(Collectors.joining(", "))
                + ", not '" + value + "'"));
    }
}
