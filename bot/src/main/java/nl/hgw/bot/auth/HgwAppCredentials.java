package nl.hgw.bot.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * App id and password credentials whose token authority can be replaced
 * ({@code hgw.oauth-endpoint}), so tests can point it at a local https token endpoint.
 * Without a replacement they are exactly the SDK's: Microsoft's login for the tenant
 * (MultiTenant: botframework.com).
 */
final class HgwAppCredentials extends MicrosoftAppCredentials {

    private final String oauthEndpoint;

    HgwAppCredentials(String appId, String password, String tenantId, String scope, String oauthEndpoint) {
        super(appId, password, tenantId == null || tenantId.isEmpty() ? null : tenantId, scope);
        this.oauthEndpoint = oauthEndpoint == null ? "" : oauthEndpoint.strip().replaceAll("/+$", "");
    }

    @Override
    public String oAuthEndpoint() {
        return oauthEndpoint.isEmpty() ? super.oAuthEndpoint() : oauthEndpoint;
    }

    @Override
    protected Authenticator buildAuthenticator() throws MalformedURLException {
        if (oauthEndpoint.isEmpty()) {
            return super.buildAuthenticator();
        }
        return new ReplacedAuthorityAuthenticator(getAppId(), getAppPassword(), oauthEndpoint, oAuthScope());
    }

    /**
     * MSAL against an authority it does not know. MSAL would ask Microsoft's instance
     * discovery (login.microsoftonline.com) about an unknown host after each token; telling
     * it up front that the host is its own alias keeps every call on that host.
     */
    private static final class ReplacedAuthorityAuthenticator implements Authenticator {

        private final ConfidentialClientApplication app;

        private final ClientCredentialParameters parameters;

        ReplacedAuthorityAuthenticator(String appId, String password, String authority, String scope)
                throws MalformedURLException {
            String host = new URL(authority).getHost();
            String instanceDiscovery = """
                {"tenant_discovery_endpoint": "%s/v2.0/.well-known/openid-configuration", "api-version": "1.1",
                 "metadata": [{"preferred_network": "%s", "preferred_cache": "%s", "aliases": ["%s"]}]}
                """.formatted(authority, host, host, host);
            app = ConfidentialClientApplication.builder(appId, ClientCredentialFactory.createFromSecret(password))
                .authority(authority + "/")
                .aadInstanceDiscoveryResponse(instanceDiscovery)
                .build();
            parameters = ClientCredentialParameters.builder(Set.of(scope)).build();
        }

        @Override
        public CompletableFuture<IAuthenticationResult> acquireToken() {
            return app.acquireToken(parameters).exceptionally(error -> {
                throw new AuthenticationException(error);
            });
        }
    }
}
