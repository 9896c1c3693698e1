package nl.hgw.bot.reformulate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import nl.hgw.bot.auth.BotCredentials;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may call the REST API. In local mode (no MicrosoftAppId) the bot listens on 127.0.0.1 only
 * and the API is open, as the bot itself is. With an app id the bot faces the internet: the API
 * is then off unless HGW_API_TOKEN is set, and then it requires {@code Authorization: Bearer
 * <token>}. Bot Framework tokens are not accepted here: they prove a channel, not a school's
 * own tool.
 */
@Component
class ApiAccess {

    private final boolean localMode;

    private final byte[] token;

    ApiAccess(BotCredentials credentials, @Value("${hgw.api-token:}") String token) {
        this.localMode = credentials.localMode();
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the API answers at all (404 otherwise, as if it did not exist). */
    boolean enabled() {
        return this.localMode || this.token.length > 0;
    }

    boolean allows(String authorization) {
        if (this.localMode) {
            return true;
        }
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, this.token);
    }
}
