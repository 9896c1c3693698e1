package nl.hgw.bot.auth;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.GovernmentAuthenticationConstants;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.integration.ConfigurationChannelProvider;
import com.microsoft.bot.integration.ConfigurationCredentialProvider;
import com.microsoft.bot.schema.CallerIdConstants;

/**
 * A turn's caller id and the OAuth scope of its Connector calls, derived as the SDK's
 * {@code BotFrameworkAdapter} derives them (its own methods for it are private), from the same
 * configuration the adapter was built with.
 */
final class CallerIds {

    private final CredentialProvider credentials;

    private final ChannelProvider channel;

    CallerIds(Configuration configuration) {
        this(new ConfigurationCredentialProvider(configuration), new ConfigurationChannelProvider(configuration));
    }

    CallerIds(CredentialProvider credentials, ChannelProvider channel) {
        this.credentials = credentials;
        this.channel = channel;
    }

    /**
     * None without authentication (local mode); for another bot (a skill) its app id; else the
     * Azure cloud the channel is in.
     */
    String of(ClaimsIdentity identity, boolean skill) {
        if (credentials.isAuthenticationDisabled().join()) {
            return null;
        }
        if (skill) {
            return CallerIdConstants.BOT_TO_BOT_PREFIX + JwtTokenValidation.getAppIdFromClaims(identity.claims());
        }
        if (channel == null || channel.isPublicAzure()) {
            return CallerIdConstants.PUBLIC_AZURE_CHANNEL;
        }
        return channel.isGovernment() ? CallerIdConstants.US_GOV_CHANNEL : null;
    }

    /** The scope of the bot's tokens for the channel's Connector. */
    String oauthScope() {
        return channel != null && channel.isGovernment()
            ? GovernmentAuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE
            : AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE;
    }
}
