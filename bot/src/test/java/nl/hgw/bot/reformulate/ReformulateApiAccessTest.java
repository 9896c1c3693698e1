package nl.hgw.bot.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import nl.hgw.bot.auth.AppType;
import nl.hgw.bot.auth.BotCredentials;
import org.junit.jupiter.api.Test;

/** With an app id the bot faces the internet: the API is off, or needs the school's own token. */
class ReformulateApiAccessTest {

    private static final BotCredentials LOCAL = new BotCredentials("", "", "", AppType.MULTI_TENANT);

    private static final BotCredentials AZURE = new BotCredentials("app-id", "secret", "", AppType.MULTI_TENANT);

    @Test
    void localModeIsOpen() {
        ApiAccess access = new ApiAccess(LOCAL, "");
        assertThat(access.enabled()).isTrue();
        assertThat(access.allows(null)).isTrue();
    }

    @Test
    void withAnAppIdAndNoTokenTheApiIsOff() {
        assertThat(new ApiAccess(AZURE, "").enabled()).isFalse();
    }

    @Test
    void withAnAppIdAndATokenOnlyThatTokenIsLetIn() {
        ApiAccess access = new ApiAccess(AZURE, "s3cret-token");
        assertThat(access.enabled()).isTrue();
        assertThat(access.allows("Bearer s3cret-token")).isTrue();
        assertThat(access.allows("Bearer s3cret-tokeN")).isFalse();
        assertThat(access.allows("s3cret-token")).isFalse();
        assertThat(access.allows(null)).isFalse();
    }
}
