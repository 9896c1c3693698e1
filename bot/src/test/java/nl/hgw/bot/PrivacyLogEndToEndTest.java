package nl.hgw.bot;

import static nl.hgw.bot.BotFrameworkStub.APP_ID;
import static nl.hgw.bot.BotFrameworkStub.APP_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import nl.hgw.documents.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Nothing a teacher writes reaches the log, whatever the log level: with the root logger at
 * TRACE, a whole Teams conversation over HTTP (a note about a pupil with a rare name, the goal,
 * the needs card, saved, shown, shown again with {@code expectReplies}, a pasted report and its
 * download, a .docx and a .pdf report as files, a spiegel answer) and the REST API leave no name, note, goal, report sentence,
 * spiegel answer, download token or secret in the output. The levels that keep it so are
 * pinned in application.yml.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "MicrosoftAppId=" + APP_ID, "MicrosoftAppPassword=" + APP_PASSWORD, "server.address=127.0.0.1",
    "hgw.api-token=" + PrivacyLogEndToEndTest.API_TOKEN, "logging.level.root=TRACE",
    // the test framework prints this test's own configuration (with its test secrets); production has no such logger
    "logging.level.org.springframework.test=INFO"})
@ExtendWith(OutputCaptureExtension.class)
class PrivacyLogEndToEndTest {

    static final String API_TOKEN = "api-token-never-logged-3b7e";

    /** A name no library, log line or test fixture has. */
    private static final String PUPIL = "Xandrijn";

    private static final String NOTE = PUPIL + " heeft ADHD, gaat discussies aan over de Zwaluwregels en pikt de "
        + "uitleg over kommagetallen onvoldoende op.";

    private static final String GOAL = "zelfstandig de sommen van het Reigerblok maken";

    private static final String REPORT = String.join("\n", "Naam: " + PUPIL,
        "Doel: " + PUPIL + " werkt over zes weken tien minuten zelfstandig aan de Korhoentaak.",
        PUPIL + " raakt snel afgeleid door geluiden op de Meerkoetgang en loopt dan rond.",
        "Hij is goed in tekenen en helpt graag bij het Grutto-project.");

    private static final List<String> DOCX_REPORT = List.of("Naam: " + "Xandrijn",
        "Doel: Xandrijn begint na de instructie zelf aan het Tureluurplan.", "Xandrijn vergeet zijn spullen voor het Tureluurplan en wordt dan boos.");

    private static final List<String> PDF_REPORT = List.of("Naam: " + "Xandrijn",
        "Doel: Xandrijn werkt een kwartier rustig in de Kieviethoek.", "Xandrijn werkt onrustig in de Kieviethoek en vraagt steeds om hulp.");

    /** The pre-authorised part of an attachment's download URL, as Teams sends it. */
    private static final String FILE_AUTH = "tempauth-geheim-7788";

    private static final String SPIEGEL_ANSWER = "We hangen de Plevierkaart met het lesdoel op";

    private static final String API_NOTE = "Lijsterbes heeft dyslexie en leest de Fuutteksten te traag.";

    /** Words that occur only in what the teacher wrote. */
    private static final List<String> PRIVATE = List.of(PUPIL, "Zwaluwregels", "kommagetallen", "Reigerblok",
        "Korhoentaak", "Meerkoetgang", "Grutto", "Tureluurplan", "Kieviethoek", "Plevierkaart", "Lijsterbes",
        "Fuutteksten", FILE_AUTH);

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private final String conversation = "privacy-" + UUID.randomUUID();

    private int consumed;

    @DynamicPropertySource
    static void botFramework(DynamicPropertyRegistry registry) throws IOException {
        registry.add("BotOpenIdMetadata", STUB::openIdMetadataUrl);
        registry.add("hgw.oauth-endpoint", STUB::oauthEndpoint);
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-privacy")::toString);
    }

    @Test
    void aWholeConversationAtTraceLeavesNothingPrivateInTheLog(CapturedOutput output) throws Exception {
        say(NOTE);
        next(text -> text.contains("Eerst het doel"));
        say(GOAL);
        JsonNode needsCard = next(text -> text.contains("Onderwijsbehoeften van " + PUPIL));
        submit(needsCard, "done");
        next(text -> text.contains("Hebben meer leerlingen dit nodig?"));
        say("1: intensief");
        next(text -> text.contains("Wat heb jij zelf nodig"));
        say("3 en 4");
        next(text -> text.contains("Opgeslagen!"));
        say("toon " + PUPIL);
        next(text -> text.contains(GOAL));

        ObjectNode shownInTheBody = message("toon " + PUPIL);
        shownInTheBody.put("deliveryMode", "expectReplies");
        HttpResponse<String> expectReplies = post(shownInTheBody);
        assertThat(expectReplies.statusCode()).isEqualTo(200);
        assertThat(expectReplies.body()).contains(GOAL);

        say("herformuleer verslag\n" + REPORT);
        JsonNode summary = next(text -> text.contains("/api/downloads/"));
        String link = summary.path("attachments").path(0).path("content").path("actions").path(0).path("url").asText();
        String downloadToken = link.substring(link.lastIndexOf('/') + 1);
        assertThat(get(URI.create(link).getPath(), null).statusCode()).isEqualTo(200);
        next(text -> text.contains("Wil je de"));
        say("nee");

        for (String file : List.of("verslag.docx", "verslag.pdf")) {
            byte[] content = file.endsWith(".docx") ? TestFiles.docx(DOCX_REPORT) : TestFiles.pdf(PDF_REPORT);
            STUB.server().stubFor(WireMock.get(urlPathEqualTo("/files/" + conversation + "/" + file))
                .willReturn(aResponse().withBody(content)));
            ObjectNode upload = message("");
            upload.remove("text");
            ObjectNode attachment = upload.putArray("attachments").addObject();
            attachment.put("contentType", "application/vnd.microsoft.teams.file.download.info");
            attachment.put("name", file);
            attachment.putObject("content").put("fileType", file.substring(file.indexOf('.') + 1))
                .put("downloadUrl", STUB.serviceUrl() + "/files/" + conversation + "/" + file + "?" + FILE_AUTH);
            assertThat(post(upload).statusCode()).isEqualTo(202);
            next(text -> text.contains("/api/downloads/"));
            next(text -> text.contains("Wil je de"));
            say("nee");
        }

        say("spiegel");
        next(text -> text.contains("welke uitgangspunten?"));
        say("1");
        next(text -> text.contains("Feed up"));
        say(SPIEGEL_ANSWER);
        next(text -> text.contains("Genoteerd"));
        say("stop");
        next(text -> text.contains("Gestopt."));

        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/reformulate"))
            .header("Content-Type", "application/json").header("Authorization", "Bearer " + API_TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + API_NOTE + "\", \"goal\": \"vlot lezen\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("Lijsterbes");

        String log = output.getAll();
        assertThat(log).as("the root logger was at TRACE").contains(" TRACE ");
        List<String> secrets = new java.util.ArrayList<>(PRIVATE);
        secrets.addAll(List.of(downloadToken, APP_PASSWORD, API_TOKEN, BotFrameworkStub.OUTGOING_TOKEN));
        assertThat(leaks(log, secrets)).as("log lines with what a teacher wrote, a download token or a secret")
            .isEmpty();
    }

    /** Each line (with the line before, which names the logger of a multi-line message) that holds a secret. */
    private static List<String> leaks(String log, List<String> secrets) {
        List<String> lines = log.lines().toList();
        List<String> leaks = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (String secret : secrets) {
                if (line.contains(secret)) {
                    int start = i;
                    while (start > 0 && !lines.get(start).matches("^\\d{4}-.*")) {
                        start--;
                    }
                    String logger = lines.get(start);
                    leaks.add("'" + secret + "' in: " + abbreviate(logger) + (logger.equals(line) ? "" : " | " + abbreviate(line)));
                }
            }
        }
        return leaks;
    }

    private static String abbreviate(String line) {
        return line.length() > 220 ? line.substring(0, 220) + "…" : line;
    }

    private void say(String text) {
        assertThat(post(message(text)).statusCode()).isEqualTo(202);
    }

    /** A Teams personal chat of one teacher. */
    private ObjectNode message(String text) {
        ObjectNode activity = Activities.message(conversation, "msteams", STUB.serviceUrl(), text);
        activity.putObject("from").put("id", "29:teacher-" + conversation).put("name", "Juf Anna")
            .put("aadObjectId", "aad-anna");
        ((ObjectNode) activity.get("conversation")).put("conversationType", "personal").put("tenantId", "tenant-p");
        activity.putObject("channelData").putObject("tenant").put("id", "tenant-p");
        return activity;
    }

    /** An Action.Submit of the card: its inputs as shown, plus the button's data. */
    private void submit(JsonNode reply, String action) {
        JsonNode card = reply.path("attachments").path(0).path("content");
        ObjectNode activity = message("");
        activity.remove("text");
        ObjectNode value = activity.putObject("value");
        collectInputs(card, value);
        for (JsonNode button : card.path("actions")) {
            if (action.equals(button.path("data").path("hgwAction").asText())) {
                value.setAll((ObjectNode) button.path("data"));
            }
        }
        assertThat(post(activity).statusCode()).isEqualTo(202);
    }

    private static void collectInputs(JsonNode node, ObjectNode value) {
        if (node.path("type").asText().startsWith("Input.")) {
            value.put(node.path("id").asText(), node.path("value").asText(""));
        }
        node.forEach(child -> collectInputs(child, value));
    }

    /** The first reply not looked at yet whose JSON matches; the ones before it are passed over. */
    private JsonNode next(Predicate<String> matches) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> replies = replies();
            for (int i = consumed; i < replies.size(); i++) {
                if (matches.test(replies.get(i))) {
                    consumed = i + 1;
                    return JSON.readTree(replies.get(i));
                }
            }
            return null;
        }, reply -> reply != null);
    }

    private List<String> replies() {
        return STUB.repliesTo(conversation).stream()
            .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()))
            .map(LoggedRequest::getBodyAsString)
            .toList();
    }

    private HttpResponse<String> post(ObjectNode activity) {
        return Activities.post(port, activity.toString(), "Bearer " + STUB.token(STUB.serviceUrl()));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
