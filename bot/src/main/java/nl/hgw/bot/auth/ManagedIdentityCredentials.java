package nl.hgw.bot.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ITenantProfile;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.Authenticator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.CompletableFuture;

/**
 * Outgoing tokens from a user-assigned managed identity ({@code MicrosoftAppType=UserAssignedMSI};
 * {@code MicrosoftAppId} is the identity's client id). The SDK for Java has no such
 * credentials, so this asks the identity endpoint itself: App Service's
 * {@code IDENTITY_ENDPOINT} when set, else the Azure VM metadata service, or
 * {@code hgw.msi-endpoint}. Tokens are reused until five minutes before they expire.
 */
final class ManagedIdentityCredentials extends AppCredentials {

    static final String IMDS_ENDPOINT = "http://169.254.169.254/metadata/identity/oauth2/token";

    private final String endpoint;

    private final String identityHeader;

    ManagedIdentityCredentials(String clientId, String scope, String endpointOverride) {
        super(null, scope);
        setAppId(clientId);
        String appService = System.getenv("IDENTITY_ENDPOINT");
        if (endpointOverride != null && !endpointOverride.isBlank()) {
            this.endpoint = endpointOverride.strip();
            this.identityHeader = null;
        } else if (appService != null && !appService.isBlank()) {
            this.endpoint = appService;
            this.identityHeader = System.getenv("IDENTITY_HEADER");
        } else {
            this.endpoint = IMDS_ENDPOINT;
            this.identityHeader = null;
        }
    }

    @Override
    protected Authenticator buildAuthenticator() {
        return new IdentityEndpointAuthenticator();
    }

    private final class IdentityEndpointAuthenticator implements Authenticator {

        private static final ObjectMapper JSON = new ObjectMapper();

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        private Token cached;

        @Override
        public synchronized CompletableFuture<IAuthenticationResult> acquireToken() {
            if (cached == null || cached.expiresOn().isBefore(Instant.now().plus(Duration.ofMinutes(5)))) {
                try {
                    cached = fetch();
                } catch (IOException | RuntimeException e) {
                    return CompletableFuture.failedFuture(new AuthenticationException(e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return CompletableFuture.failedFuture(new AuthenticationException(e));
                }
            }
            return CompletableFuture.completedFuture(cached);
        }

        private Token fetch() throws IOException, InterruptedException {
            String resource = oAuthScope().replaceFirst("/\\.default$", "");
            boolean appService = identityHeader != null;
            String query = "?api-version=" + (appService ? "2019-08-01" : "2018-02-01")
                + "&resource=" + URLEncoder.encode(resource, StandardCharsets.UTF_8)
                + "&client_id=" + URLEncoder.encode(getAppId(), StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + query))
                .timeout(Duration.ofSeconds(10)).GET();
            if (appService) {
                request.header("X-IDENTITY-HEADER", identityHeader);
            } else {
                request.header("Metadata", "true");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("Managed identity endpoint answered " + response.statusCode());
            }
            JsonNode body = JSON.readTree(response.body());
            String accessToken = body.path("access_token").asText("");
            if (accessToken.isEmpty()) {
                throw new IOException("Managed identity endpoint sent no access_token");
            }
            long expiresOn = body.path("expires_on").asLong(Instant.now().getEpochSecond() + 3600);
            return new Token(accessToken, Instant.ofEpochSecond(expiresOn), resource);
        }
    }

    private record Token(String accessToken, Instant expiresOn, String scopes) implements IAuthenticationResult {

        @Override
        public String idToken() {
            return null;
        }

        @Override
        public IAccount account() {
            return null;
        }

        @Override
        public ITenantProfile tenantProfile() {
            return null;
        }

        @Override
        public String environment() {
            return null;
        }

        @Override
        public Date expiresOnDate() {
            return Date.from(expiresOn);
        }
    }
}
