package nl.hgw.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The Bot Framework, played by one WireMock server for all tests: the OpenID metadata and
 * signing keys that incoming tokens are checked against, the token endpoint (https, as MSAL
 * insists) for outgoing tokens, and the Bot Connector that receives the replies.
 */
public final class BotFrameworkStub {

    public static final String APP_ID = "00000000-0000-0000-0000-00000000a11d";

    public static final String APP_PASSWORD = "test-only-secret";

    public static final String ISSUER = "https://api.botframework.com";

    public static final String KEY_ID = "hgw-test-key";

    public static final String OUTGOING_TOKEN = "outgoing-token-from-the-stub";

    private static final BotFrameworkStub INSTANCE = new BotFrameworkStub();

    private final WireMockServer server;

    private final KeyPair signingKey = rsaKeyPair();

    private final KeyPair strangerKey = rsaKeyPair();

    private BotFrameworkStub() {
        trustTheStubsCertificate();
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().dynamicHttpsPort());
        server.start();
        stubAll();
    }

    public static BotFrameworkStub instance() {
        return INSTANCE;
    }

    /** The Bot Connector's base URL: use it as an activity's {@code serviceUrl}. */
    public String serviceUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public String openIdMetadataUrl() {
        return serviceUrl() + "/openid/.well-known/openidconfiguration";
    }

    /** The authority for outgoing tokens ({@code hgw.oauth-endpoint}). */
    public String oauthEndpoint() {
        return "https://localhost:" + server.httpsPort() + "/botframework.com";
    }

    /** A valid channel token for the activity's channel and service URL, changed by {@code change}. */
    public String token(String serviceUrl, Consumer<JWTCreator.Builder> change) {
        JWTCreator.Builder token = validClaims(serviceUrl);
        change.accept(token);
        return token.sign(Algorithm.RSA256((RSAPublicKey) signingKey.getPublic(),
            (RSAPrivateKey) signingKey.getPrivate()));
    }

    public String token(String serviceUrl) {
        return token(serviceUrl, unchanged -> { });
    }

    /** A well-formed token signed with a key the metadata does not publish under its kid. */
    public String tokenSignedByStranger(String serviceUrl) {
        return validClaims(serviceUrl).sign(Algorithm.RSA256((RSAPublicKey) strangerKey.getPublic(),
            (RSAPrivateKey) strangerKey.getPrivate()));
    }

    /** Replies the bot sent to the conversation (any order). */
    public List<LoggedRequest> repliesTo(String conversationId) {
        return server.findAll(postRequestedFor(urlMatching("/v3/conversations/" + conversationId + "/activities.*")));
    }

    public List<LoggedRequest> tokenRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/botframework.com/oauth2/v2.0/token")));
    }

    public WireMockServer server() {
        return server;
    }

    private JWTCreator.Builder validClaims(String serviceUrl) {
        Instant now = Instant.now();
        return JWT.create()
            .withKeyId(KEY_ID)
            .withIssuer(ISSUER)
            .withAudience(APP_ID)
            .withClaim("serviceurl", serviceUrl)
            .withIssuedAt(Date.from(now.minus(Duration.ofMinutes(1))))
            .withNotBefore(Date.from(now.minus(Duration.ofMinutes(1))))
            .withExpiresAt(Date.from(now.plus(Duration.ofMinutes(30))));
    }

    private void stubAll() {
        server.stubFor(get(urlPathEqualTo("/openid/.well-known/openidconfiguration")).willReturn(okJson("""
            {"issuer": "%s", "jwks_uri": "%s/openid/keys",
             "id_token_signing_alg_values_supported": ["RS256"],
             "token_endpoint_auth_methods_supported": ["private_key_jwt"]}
            """.formatted(ISSUER, serviceUrl()))));
        RSAPublicKey key = (RSAPublicKey) signingKey.getPublic();
        server.stubFor(get(urlPathEqualTo("/openid/keys")).willReturn(okJson("""
            {"keys": [{"kty": "RSA", "use": "sig", "kid": "%s", "n": "%s", "e": "%s",
                       "endorsements": ["msteams", "emulator", "webchat", "directline"]}]}
            """.formatted(KEY_ID, base64Url(key.getModulus().toByteArray()),
            base64Url(key.getPublicExponent().toByteArray())))));
        server.stubFor(post(urlPathEqualTo("/botframework.com/oauth2/v2.0/token")).willReturn(okJson("""
            {"token_type": "Bearer", "expires_in": 3600, "ext_expires_in": 3600, "access_token": "%s"}
            """.formatted(OUTGOING_TOKEN))));
        server.stubFor(post(urlMatching("/v3/conversations/.+/activities.*"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"reply-from-stub\"}")));
    }

    private static String base64Url(byte[] bigEndian) {
        int start = bigEndian.length > 1 && bigEndian[0] == 0 ? 1 : 0;
        byte[] unsigned = java.util.Arrays.copyOfRange(bigEndian, start, bigEndian.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * MSAL fetches tokens over https with the JVM's default SSL settings; the stub's
     * certificate is self-signed, so the test JVM trusts any certificate on this loopback
     * connection. Test code only.
     */
    private static void trustTheStubsCertificate() {
        try {
            TrustManager[] trustAll = {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }};
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustAll, new SecureRandom());
            HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
            HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> "localhost".equals(host));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
