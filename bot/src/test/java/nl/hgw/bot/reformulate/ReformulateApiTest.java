package nl.hgw.bot.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code POST /api/reformulate} over HTTP, in local mode, as score.py and a school's tools call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ReformulateApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String JOOST = "Joost heeft ADHD, is hyperactief, gaat discussies aan en pikt instructies "
        + "onvoldoende op. Ouders zijn erg druk en komen zelden op besprekingen.";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-api")::toString);
    }

    @Test
    void answersTheContractOfHgwMd(CapturedOutput output) throws Exception {
        HttpResponse<String> response = post(Map.of("text", JOOST,
            "goal", "de rekeninstructie volgen en daarna zelfstandig aan de slag gaan", "pupil", "Joost",
            "locale", "nl-NL"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("locale").asText()).isEqualTo("nl");
        assertThat(body.path("pupil").asText()).isEqualTo("Joost");
        assertThat(body.path("labels").findValuesAsText("label")).contains("ADHD");
        assertThat(body.path("needs")).isNotEmpty().allSatisfy(need -> {
            assertThat(need.path("text").asText()).startsWith("Joost heeft").contains("om de rekeninstructie te volgen");
            assertThat(JOOST).contains(need.path("source").asText());
            assertThat(need.path("category").asText())
                .isIn("instruction", "tasks_environment", "feedback", "teacher", "peers", "parents");
        });
        assertThat(body.path("needs").findValuesAsText("category")).contains("parents", "teacher", "instruction");
        assertThat(body.has("deficits") && body.has("strengths") && body.has("questions") && body.has("rewrite")).isTrue();
        assertThat(output).as("no pupil text in the log").doesNotContain("hyperactief", "Joost");
    }

    @Nested
    class RefusesBadInputWithAClearMessage {

        @Test
        void noText() throws Exception {
            HttpResponse<String> response = post(Map.of("goal", "iets"));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("text_missing");
            assertThat(JSON.readTree(response.body()).path("message").asText()).startsWith("De tekst ontbreekt");
        }

        @Test
        void blankTextInEnglish() throws Exception {
            HttpResponse<String> response = post(Map.of("text", "   ", "locale", "en"));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("message").asText()).startsWith("The text is missing");
        }

        @Test
        void anUnknownLocaleNamingTheSupportedOnes() throws Exception {
            HttpResponse<String> response = post(Map.of("text", "Kim is druk.", "locale", "fr"));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("message").asText()).contains("fr").contains("nl of en");
        }

        @Test
        void aTextOverTheLimit() throws Exception {
            HttpResponse<String> response = post(Map.of("text", "a".repeat(ReformulateController.MAX_TEXT + 1)));
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("text_too_long");
        }

        @Test
        void aGoalOverTheLimit() throws Exception {
            HttpResponse<String> response = post(Map.of("text", "Kim is druk.", "goal", "x".repeat(501)));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("field_too_long");
        }

        @Test
        void malformedJsonWithoutEchoingIt(CapturedOutput output) throws Exception {
            HttpResponse<String> response = send("{\"text\": \"Joost-geheim-91 is dr");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("body_invalid");
            assertThat(JSON.readTree(response.body()).path("message").asText()).startsWith("De aanvraag is geen geldige JSON");
            assertThat(response.body()).doesNotContain("Joost-geheim-91");
            assertThat(output).doesNotContain("Joost-geheim-91");
        }
    }

    private HttpResponse<String> post(Map<String, String> body) throws Exception {
        return send(JSON.writeValueAsString(body));
    }

    private HttpResponse<String> send(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/reformulate"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
