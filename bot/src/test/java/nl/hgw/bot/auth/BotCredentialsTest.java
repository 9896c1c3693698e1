package nl.hgw.bot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class BotCredentialsTest {

    @Test
    void noAppIdIsLocalMode() {
        assertThat(BotCredentials.from(new MockEnvironment()).validated().localMode()).isTrue();
        assertThat(BotCredentials.from(new MockEnvironment().withProperty("MicrosoftAppId", " ")).localMode()).isTrue();
    }

    @Test
    void readsTheBotFrameworkKeys() {
        BotCredentials credentials = BotCredentials.from(new MockEnvironment()
            .withProperty("MicrosoftAppId", "app").withProperty("MicrosoftAppPassword", "secret")
            .withProperty("MicrosoftAppTenantId", "tenant").withProperty("MicrosoftAppType", "singletenant"));

        assertThat(credentials).isEqualTo(new BotCredentials("app", "secret", "tenant", AppType.SINGLE_TENANT));
        assertThat(credentials.toString()).doesNotContain("secret");
    }

    @Nested
    class Validation {

        @Test
        void multiTenantNeedsAPassword() {
            assertThatThrownBy(() -> new BotCredentials("app", "", "", AppType.MULTI_TENANT).validated())
                .hasMessageContaining("MicrosoftAppPassword");
        }

        @Test
        void singleTenantNeedsATenant() {
            assertThatThrownBy(() -> new BotCredentials("app", "secret", "", AppType.SINGLE_TENANT).validated())
                .hasMessageContaining("MicrosoftAppTenantId");
        }

        @Test
        void aManagedIdentityNeedsNoPassword() {
            assertThat(new BotCredentials("client", "", "", AppType.USER_ASSIGNED_MSI).validated()).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MultiTenant", "multitenant", " MULTITENANT "})
    void appTypesIgnoreCase(String value) {
        assertThat(AppType.parse(value)).isEqualTo(AppType.MULTI_TENANT);
    }

    @Test
    void anUnknownAppTypeFailsNamingTheChoices() {
        assertThatThrownBy(() -> AppType.parse("Azure")).hasMessageContaining("UserAssignedMSI");
    }
}
