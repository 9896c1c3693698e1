package nl.hgw.bot.auth;

import static nl.hgw.bot.BotFrameworkStub.APP_ID;
import static nl.hgw.bot.BotFrameworkStub.APP_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.hgw.bot.Activities;
import nl.hgw.bot.BotFrameworkStub;
import nl.hgw.bot.storage.MongoStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code MicrosoftAppType=SingleTenant}: the SDK checks no tenant on incoming activities (a
 * channel token names none), so the adapter lets in only activities of the app's own tenant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "MicrosoftAppId=" + APP_ID, "MicrosoftAppPassword=" + APP_PASSWORD, "MicrosoftAppType=SingleTenant",
    "MicrosoftAppTenantId=" + SingleTenantTest.OWN_TENANT, "server.address=127.0.0.1"})
class SingleTenantTest {

    static final String OWN_TENANT = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";

    private static final String OTHER_TENANT = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @DynamicPropertySource
    static void botFramework(DynamicPropertyRegistry registry) throws IOException {
        registry.add("BotOpenIdMetadata", STUB::openIdMetadataUrl);
        registry.add("hgw.oauth-endpoint", STUB::oauthEndpoint);
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-single-tenant")::toString);
    }

    @Test
    void aTeamsMessageFromTheAppsOwnTenantIsAnswered() {
        String conversation = "st-" + UUID.randomUUID();
        ObjectNode message = teams(conversation, OWN_TENANT, OWN_TENANT);

        HttpResponse<String> response = post(message, "Bearer " + STUB.token(STUB.serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(STUB.repliesTo(conversation)).hasSize(2));
        assertThat(storedStates("msteams", conversation)).isEqualTo(2);
    }

    @Test
    void anotherChannelThatNamesNoTenantIsServed() {
        String conversation = "st-" + UUID.randomUUID();
        ObjectNode message = Activities.message(conversation, "webchat", STUB.serviceUrl(), "help");
        message.putObject("from").put("id", "user-" + conversation);

        assertThat(post(message, "Bearer " + STUB.token(STUB.serviceUrl())).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(STUB.repliesTo(conversation)).hasSize(2));
    }

    static Stream<Arguments> notTheAppsTenant() {
        return Stream.of(
            Arguments.of("another tenant in both places", activity(OTHER_TENANT, OTHER_TENANT), valid()),
            Arguments.of("another tenant in channelData only", activity(null, OTHER_TENANT), valid()),
            Arguments.of("another tenant in the conversation only", activity(OTHER_TENANT, null), valid()),
            Arguments.of("own tenant in the conversation, another in channelData", activity(OWN_TENANT, OTHER_TENANT),
                valid()),
            Arguments.of("a Teams activity naming no tenant", activity(null, null), valid()),
            Arguments.of("own tenant, token issued by the own tenant's login (v1)", activity(OWN_TENANT, OWN_TENANT),
                issuedBy("https://sts.windows.net/" + OWN_TENANT + "/")),
            Arguments.of("own tenant, token issued by another tenant's login (v2)", activity(OWN_TENANT, OWN_TENANT),
                issuedBy("https://login.microsoftonline.com/" + OTHER_TENANT + "/v2.0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTheAppsTenant")
    void isRejectedWith401AndRunsNoTurn(String name, Consumer<ObjectNode> tenants, String token) {
        String conversation = "st-" + UUID.randomUUID();
        ObjectNode message = teams(conversation, null, null);
        tenants.accept(message);

        HttpResponse<String> response = post(message, "Bearer " + token);

        assertThat(response.statusCode()).as(name).isEqualTo(401);
        assertThat(STUB.repliesTo(conversation)).as("replies after %s", name).isEmpty();
        assertThat(storedStates("msteams", conversation)).as("state stored after %s", name).isZero();
    }

    private static Consumer<ObjectNode> activity(String conversationTenant, String channelDataTenant) {
        return message -> {
            if (conversationTenant != null) {
                ((ObjectNode) message.get("conversation")).put("tenantId", conversationTenant);
            }
            if (channelDataTenant != null) {
                message.putObject("channelData").putObject("tenant").put("id", channelDataTenant);
            }
        };
    }

    private static String valid() {
        return STUB.token(STUB.serviceUrl());
    }

    private static String issuedBy(String issuer) {
        return STUB.token(STUB.serviceUrl(), token -> token.withIssuer(issuer));
    }

    /** A Teams personal-chat message of a user of its own, naming the tenants given. */
    private static ObjectNode teams(String conversation, String conversationTenant, String channelDataTenant) {
        ObjectNode message = Activities.message(conversation, "msteams", STUB.serviceUrl(), "help");
        message.putObject("from").put("id", "29:user-" + conversation).put("name", "Juf Anna");
        activity(conversationTenant, channelDataTenant).accept(message);
        return message;
    }

    private HttpResponse<String> post(ObjectNode activity, String authorization) {
        return Activities.post(port, activity.toString(), authorization);
    }

    private long storedStates(String channel, String conversation) {
        return database.getCollection(MongoStorage.COLLECTION).countDocuments(Filters.in("_id",
            channel + "/conversations/" + conversation, channel + "/users/29:user-" + conversation));
    }
}
