package nl.hgw.bot.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.connector.authentication.AppCredentials;
import java.time.Instant;
import nl.hgw.bot.BotFrameworkStub;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Which credentials the adapter builds for replies, per MicrosoftAppType. */
class OutgoingCredentialsTest {

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    private static final String SCOPE = "https://api.botframework.com/.default";

    @Test
    void multiTenantUsesTheBotFrameworkTenantOrTheReplacedEndpoint() {
        assertThat(credentials(AppType.MULTI_TENANT, "", "").oAuthEndpoint())
            .isEqualTo("https://login.microsoftonline.com/botframework.com");
        assertThat(credentials(AppType.MULTI_TENANT, "", STUB.oauthEndpoint()).oAuthEndpoint())
            .isEqualTo(STUB.oauthEndpoint());
    }

    @Test
    void singleTenantUsesItsTenant() {
        assertThat(credentials(AppType.SINGLE_TENANT, "contoso.onmicrosoft.com", "").oAuthEndpoint())
            .isEqualTo("https://login.microsoftonline.com/contoso.onmicrosoft.com");
    }

    @Test
    void aReplacedEndpointServesTokens() {
        assertThat(credentials(AppType.MULTI_TENANT, "", STUB.oauthEndpoint()).getToken().join())
            .isEqualTo(BotFrameworkStub.OUTGOING_TOKEN);
    }

    @Test
    void aManagedIdentityGetsItsTokenFromTheIdentityEndpointAndReusesIt() {
        STUB.server().stubFor(get(urlPathEqualTo("/msi/token")).willReturn(okJson(
            "{\"access_token\": \"msi-token\", \"expires_on\": \"" + (Instant.now().getEpochSecond() + 3600)
                + "\", \"token_type\": \"Bearer\"}")));
        AppCredentials credentials = credentials(AppType.USER_ASSIGNED_MSI, "", STUB.serviceUrl() + "/msi/token");
        int before = STUB.server().findAll(getRequestedFor(urlPathEqualTo("/msi/token"))).size();

        assertThat(credentials.getToken().join()).isEqualTo("msi-token");
        assertThat(credentials.getToken().join()).isEqualTo("msi-token");

        var requests = STUB.server().findAll(getRequestedFor(urlPathEqualTo("/msi/token")));
        assertThat(requests).hasSize(before + 1);
        STUB.server().verify(getRequestedFor(urlPathEqualTo("/msi/token"))
            .withQueryParam("resource", equalTo("https://api.botframework.com"))
            .withQueryParam("client_id", equalTo("identity-client-id"))
            .withHeader("Metadata", equalTo("true")));
    }

    private static AppCredentials credentials(AppType type, String tenant, String endpoint) {
        String appId = type == AppType.USER_ASSIGNED_MSI ? "identity-client-id" : BotFrameworkStub.APP_ID;
        String password = type == AppType.USER_ASSIGNED_MSI ? "" : BotFrameworkStub.APP_PASSWORD;
        HgwAdapter adapter = new HgwAdapter(new SpringBotConfiguration(new MockEnvironment()),
            new BotCredentials(appId, password, tenant, type), endpoint, endpoint, ConnectorSettings.defaults());
        return adapter.buildAppCredentials(appId, SCOPE).join();
    }
}
