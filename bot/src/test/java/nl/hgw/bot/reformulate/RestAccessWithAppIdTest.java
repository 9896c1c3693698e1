package nl.hgw.bot.reformulate;

import static nl.hgw.bot.BotFrameworkStub.APP_ID;
import static nl.hgw.bot.BotFrameworkStub.APP_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.hgw.bot.BotFrameworkStub;
import nl.hgw.bot.report.MongoDownloadLinks;
import nl.hgw.dialogs.pupil.TeamScope;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's access rules over HTTP with an app id and {@code HGW_API_TOKEN} set: the two
 * reformulate endpoints answer only to that bearer token (a Bot Framework token proves a
 * channel, not a school's tool); a download link needs no token, the link itself is the key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "MicrosoftAppId=" + APP_ID, "MicrosoftAppPassword=" + APP_PASSWORD, "server.address=127.0.0.1",
    "hgw.api-token=" + RestAccessWithAppIdTest.API_TOKEN})
class RestAccessWithAppIdTest {

    static final String API_TOKEN = "school-tool-token-5d1e";

    private static final String NOTE = "Joost-8c2f heeft ADHD en pikt instructies onvoldoende op.";

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MongoDownloadLinks downloads;

    @DynamicPropertySource
    static void botFramework(DynamicPropertyRegistry registry) throws IOException {
        registry.add("BotOpenIdMetadata", STUB::openIdMetadataUrl);
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-rest-access")::toString);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
            Arguments.of("no header", (Function<String, String>) token -> null),
            Arguments.of("another token", (Function<String, String>) token -> "Bearer " + token + "x"),
            Arguments.of("the token without scheme", (Function<String, String>) token -> token),
            Arguments.of("the token as basic auth", (Function<String, String>) token -> "Basic " + token),
            Arguments.of("a valid Bot Framework token",
                (Function<String, String>) token -> "Bearer " + STUB.token(STUB.serviceUrl())));
    }

    @Nested
    class Reformulate {

        @ParameterizedTest(name = "{0}")
        @MethodSource("nl.hgw.bot.reformulate.RestAccessWithAppIdTest#refused")
        void isRefusedWith401(String name, Function<String, String> authorization) {
            HttpResponse<String> note = note(authorization.apply(API_TOKEN));
            HttpResponse<String> document = document(authorization.apply(API_TOKEN));

            assertThat(note.statusCode()).as(name).isEqualTo(401);
            assertThat(document.statusCode()).as(name).isEqualTo(401);
            assertThat(note.body() + document.body()).as(name).contains("unauthorized").doesNotContain("Joost-8c2f");
        }

        @Test
        void answersToTheSchoolsOwnToken() {
            assertThat(note("Bearer " + API_TOKEN).statusCode()).isEqualTo(200);
            assertThat(document("Bearer " + API_TOKEN).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class Downloads {

        @Test
        void theLinkIsTheKeyNoTokenIsAsked() {
            URI link = downloads.publish(new TeamScope("tenant-a", "team-a"), "verslag.docx", "application/octet-stream",
                "de inhoud".getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> response = get(link.getPath(), null);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("de inhoud");
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        }

        @ParameterizedTest
        @ValueSource(strings = {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "short",
            "%7B%22%24ne%22%3Anull%7D", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA*"})
        void aGuessedLinkIs404EvenWithATokenOrAnotherTeamsLinkExisting(String guess) {
            downloads.publish(new TeamScope("tenant-a", "team-a"), "verslag.docx", "application/octet-stream",
                "de inhoud".getBytes(StandardCharsets.UTF_8));

            assertThat(get("/api/downloads/" + guess, "Bearer " + API_TOKEN).statusCode()).isEqualTo(404);
        }
    }

    private HttpResponse<String> note(String authorization) {
        HttpRequest.Builder request = request("/api/reformulate", authorization).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + NOTE + "\", \"locale\": \"nl\"}"));
        return send(request);
    }

    private HttpResponse<String> document(String authorization) {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"verslag.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n" + NOTE + "\r\n--b--\r\n";
        HttpRequest.Builder request = request("/api/reformulate/document", authorization)
            .header("Content-Type", "multipart/form-data; boundary=b")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(request);
    }

    private HttpResponse<String> get(String path, String authorization) {
        return send(request(path, authorization).GET());
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
