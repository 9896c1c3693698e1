package nl.hgw.bot.messaging;

import static nl.hgw.bot.BotFrameworkStub.APP_ID;
import static nl.hgw.bot.BotFrameworkStub.APP_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.auth0.jwt.JWTCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.hgw.bot.Activities;
import nl.hgw.bot.BotFrameworkStub;
import nl.hgw.bot.storage.MongoStorage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot over HTTP with authentication on: tokens checked against the stub's OpenID
 * metadata, replies delivered to the stub's Bot Connector with a token from its token
 * endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "MicrosoftAppId=" + APP_ID, "MicrosoftAppPassword=" + APP_PASSWORD, "server.address=127.0.0.1"})
@ExtendWith(OutputCaptureExtension.class)
class MessagesEndToEndTest {

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    private static final String PRIVATE_TEXT = "Joost-pikt-de-uitleg-niet-op-7f3a";

    /** A Microsoft 365 tenant that is not the Bot Framework's. */
    private static final String OTHER_TENANT = "3f2c9a71-0b5e-4d8a-9c1e-6a7b8c9d0e1f";

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @DynamicPropertySource
    static void botFramework(DynamicPropertyRegistry registry) throws IOException {
        registry.add("BotOpenIdMetadata", STUB::openIdMetadataUrl);
        registry.add("hgw.oauth-endpoint", STUB::oauthEndpoint);
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-e2e")::toString);
    }

    @Test
    void aSignedMessageIsAnsweredThroughTheConnectorWithATokenFromTheTokenEndpoint(CapturedOutput output) {
        String conversation = newConversation();
        ObjectNode message = Activities.message(conversation, "msteams", STUB.serviceUrl(), PRIVATE_TEXT);

        HttpResponse<String> response = post(message, "Bearer " + STUB.token(STUB.serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
            assertThat(STUB.repliesTo(conversation)).as("welcome and role prompt").hasSize(2));
        for (LoggedRequest reply : STUB.repliesTo(conversation)) {
            assertThat(reply.getHeader("Authorization")).isEqualTo("Bearer " + BotFrameworkStub.OUTGOING_TOKEN);
        }
        assertThat(STUB.repliesTo(conversation))
            .extracting(reply -> visibleText(json(reply.getBodyAsString())))
            .anySatisfy(text -> assertThat(text).startsWith("Hallo! Ik ben de HGW-assistent"))
            .anySatisfy(text -> assertThat(text).startsWith("Om je zo goed mogelijk te helpen"));
        assertThat(STUB.tokenRequests()).isNotEmpty();
        assertThat(output.getAll()).doesNotContain(PRIVATE_TEXT);
        assertThat(storedStates("msteams", conversation, "user-1")).as("the turn saved its state").isEqualTo(2);
    }

    @Test
    void expectRepliesAnswersInTheResponseBodyWithoutCallingTheConnector() {
        String conversation = newConversation();
        ObjectNode message = Activities.message(conversation, "msteams", STUB.serviceUrl(), "help");
        message.put("deliveryMode", "expectReplies");

        HttpResponse<String> response = post(message, "Bearer " + STUB.token(STUB.serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode activities = json(response.body()).path("activities");
        assertThat(activities).hasSize(2);
        assertThat(activities.get(0).path("text").asText()).startsWith("Hallo! Ik ben de HGW-assistent");
        assertThat(STUB.repliesTo(conversation)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T10:00:00Z", "2026-11-24T10:00:00.1234567Z", "2026-11-24T11:00:00+01:00",
        "2026-11-24T11:00:00.5+01:00"})
    void acceptsTimestampsWithAndWithoutFractionsAndOffsets(String timestamp) {
        String conversation = newConversation();
        ObjectNode message = Activities.message(conversation, "msteams", STUB.serviceUrl(), "help");
        message.put("timestamp", timestamp);
        message.put("localTimestamp", timestamp);

        assertThat(post(message, "Bearer " + STUB.token(STUB.serviceUrl())).statusCode()).isEqualTo(202);
    }

    @Test
    void healthIsUpWhenMongoAnswers() {
        HttpResponse<String> health = Activities.get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health.body()).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void healthSaysNothingButItsStatus() {
        JsonNode health = json(Activities.get(port, "/actuator/health").body());
        assertThat(health.size()).as("fields of %s", health).isEqualTo(1);
        assertThat(Activities.get(port, "/actuator/health/mongo").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/loggers", "/actuator/loggers/ROOT",
        "/actuator/configprops", "/actuator/mappings", "/actuator/metrics", "/actuator/heapdump",
        "/actuator/threaddump", "/actuator/scheduledtasks", "/actuator/shutdown"})
    void onlyHealthAndInfoAreExposed(String path) {
        assertThat(Activities.get(port, path).statusCode()).isEqualTo(404);
    }

    @Test
    void theLogLevelsCannotBeChangedOverHttp() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + "/actuator/loggers/ROOT"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"configuredLevel\": \"TRACE\"}")).build());
        assertThat(response.statusCode()).isIn(404, 405);
    }

    /** README: with an app id and no HGW_API_TOKEN the REST API is off, even for a Bot Framework token. */
    @Test
    void withAnAppIdAndNoApiTokenTheRestApiIsNotThere() {
        String botFrameworkToken = "Bearer " + STUB.token(STUB.serviceUrl());
        HttpResponse<String> note = send(HttpRequest.newBuilder(URI.create(base() + "/api/reformulate"))
            .header("Content-Type", "application/json").header("Authorization", botFrameworkToken)
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + PRIVATE_TEXT + "\"}")).build());
        HttpResponse<String> document = send(HttpRequest.newBuilder(URI.create(base() + "/api/reformulate/document"))
            .header("Content-Type", "multipart/form-data; boundary=b").header("Authorization", botFrameworkToken)
            .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"a.txt\"\r\n\r\n" + PRIVATE_TEXT + "\r\n--b--\r\n")).build());

        assertThat(note.statusCode()).isEqualTo(404);
        assertThat(document.statusCode()).isEqualTo(404);
        assertThat(note.body() + document.body()).doesNotContain(PRIVATE_TEXT);
    }

    @Nested
    class AuthenticationFailures {

        static Stream<Arguments> badAuthorization() {
            String url = STUB.serviceUrl();
            Instant now = Instant.now();
            return Stream.of(
                Arguments.of("no header", (Function<String, String>) c -> null),
                Arguments.of("empty header", (Function<String, String>) c -> ""),
                Arguments.of("scheme only", (Function<String, String>) c -> "Bearer"),
                Arguments.of("basic auth", (Function<String, String>) c -> "Basic dXNlcjpwYXNz"),
                Arguments.of("no scheme", (Function<String, String>) c -> STUB.token(url)),
                Arguments.of("three parts", (Function<String, String>) c -> "Bearer a b"),
                Arguments.of("not a JWT", (Function<String, String>) c -> "Bearer abc.def.ghi"),
                Arguments.of("garbage", (Function<String, String>) c -> "Bearer !!!"),
                Arguments.of("bad signature", (Function<String, String>) c -> "Bearer " + STUB.tokenSignedByStranger(url)),
                Arguments.of("unknown key id", bearer(t -> t.withKeyId("some-other-key"))),
                Arguments.of("expired", bearer(t -> t.withExpiresAt(Date.from(now.minus(Duration.ofMinutes(10))))
                    .withNotBefore(Date.from(now.minus(Duration.ofMinutes(40))))
                    .withIssuedAt(Date.from(now.minus(Duration.ofMinutes(40)))))),
                Arguments.of("not yet valid", bearer(t -> t.withNotBefore(Date.from(now.plus(Duration.ofMinutes(20)))))),
                Arguments.of("wrong audience", bearer(t -> t.withAudience("another-bot"))),
                Arguments.of("wrong issuer", bearer(t -> t.withIssuer("https://evil.example.com"))),
                Arguments.of("issued by another tenant (v1)",
                    bearer(t -> t.withIssuer("https://sts.windows.net/" + OTHER_TENANT + "/"))),
                Arguments.of("issued by another tenant (v2)",
                    bearer(t -> t.withIssuer("https://login.microsoftonline.com/" + OTHER_TENANT + "/v2.0"))),
                Arguments.of("no issuer", bearer(t -> t.withIssuer(null))),
                Arguments.of("no audience", bearer(t -> t.withAudience((String) null))),
                Arguments.of("no expiry", bearer(t -> t.withExpiresAt((Date) null))),
                Arguments.of("serviceurl claim mismatch", bearer(t -> t.withClaim("serviceurl", "https://elsewhere.example.com"))),
                Arguments.of("serviceurl claim missing", (Function<String, String>) c ->
                    "Bearer " + STUB.token(url, t -> t.withClaim("serviceurl", (String) null))));
        }

        private static Function<String, String> bearer(Consumer<JWTCreator.Builder> change) {
            return conversation -> "Bearer " + STUB.token(STUB.serviceUrl(), change);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badAuthorization")
        void isRejectedWith401AndNoReply(String name, Function<String, String> authorization) {
            String conversation = newConversation();
            String user = "user-" + conversation;
            ObjectNode message = Activities.message(conversation, "msteams", STUB.serviceUrl(), "help");
            message.putObject("from").put("id", user).put("name", "Juf Anna");

            HttpResponse<String> response = post(message, authorization.apply(conversation));

            assertThat(response.statusCode()).as(name).isEqualTo(401);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
            assertThat(STUB.repliesTo(conversation)).as("replies after %s", name).isEmpty();
            assertThat(storedStates("msteams", conversation, user)).as("state stored after %s", name).isZero();
        }

        @Test
        void aChannelTheKeyIsNotEndorsedForIsRejected() {
            String conversation = newConversation();
            String user = "user-" + conversation;
            ObjectNode message = Activities.message(conversation, "slack", STUB.serviceUrl(), "help");
            message.putObject("from").put("id", user).put("name", "Juf Anna");

            HttpResponse<String> response = post(message, "Bearer " + STUB.token(STUB.serviceUrl()));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(STUB.repliesTo(conversation)).isEmpty();
            assertThat(storedStates("slack", conversation, user)).isZero();
        }
    }

    @Nested
    class BadRequests {

        @ParameterizedTest
        @ValueSource(strings = {"type", "channelId", "serviceUrl", "conversation", "from"})
        void anActivityLackingAFieldIs400(String field) {
            String conversation = newConversation();
            ObjectNode message = Activities.message(conversation, "msteams", STUB.serviceUrl(), "help");
            message.remove(field);

            HttpResponse<String> response = post(message, "Bearer " + STUB.token(STUB.serviceUrl()));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains(field);
            assertThat(STUB.repliesTo(conversation)).isEmpty();
        }

        @Test
        void aConversationWithoutIdIs400() {
            ObjectNode message = Activities.message("x", "msteams", STUB.serviceUrl(), "help");
            message.putObject("conversation").put("name", "no id");
            assertThat(post(message, null).statusCode()).isEqualTo(400);
        }

        @Test
        void aServiceUrlThatIsNoUrlIs400() {
            ObjectNode message = Activities.message(newConversation(), "msteams", "not a url", "help");
            assertThat(post(message, null).statusCode()).isEqualTo(400);
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"type\":\"message\",\"text\":\"" + PRIVATE_TEXT, "jO" + PRIVATE_TEXT, "", "null",
            "[1,2]", "{\"type\": {\"a\": 1}}", "{\"timestamp\": \"" + PRIVATE_TEXT + "\"}"})
        void malformedJsonIs400AndNotLogged(String body, CapturedOutput output) {
            HttpResponse<String> response = Activities.post(port, body, null);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).doesNotContain(PRIVATE_TEXT);
            assertThat(output.getAll()).doesNotContain(PRIVATE_TEXT);
        }
    }

    private HttpResponse<String> post(ObjectNode activity, String authorization) {
        return Activities.post(port, activity.toString(), authorization);
    }

    /** The conversation's and the user's state documents (the keys the SDK gives them). */
    private long storedStates(String channel, String conversation, String user) {
        return database.getCollection(MongoStorage.COLLECTION).countDocuments(Filters.in("_id",
            channel + "/conversations/" + conversation, channel + "/users/" + user));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text a user sees: the activity's, or (Teams shows choices on a hero card) the card's. */
    private static String visibleText(JsonNode activity) {
        String text = activity.path("text").asText("");
        return text.isEmpty() ? activity.path("attachments").path(0).path("content").path("text").asText("") : text;
    }

    private static String newConversation() {
        return "conv-" + UUID.randomUUID();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
