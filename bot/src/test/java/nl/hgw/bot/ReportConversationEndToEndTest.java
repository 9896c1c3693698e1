package nl.hgw.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.hgw.documents.TestFiles;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An IB/KC sends a 10-page report as a file in a Teams personal chat, over HTTP, with WireMock
 * as the Bot Connector and as the place Teams keeps the file; the reformulated .docx is fetched
 * from the link on the summary card and read back. Once as .docx, once as .pdf.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReportConversationEndToEndTest {

    static final List<String> PARAGRAPHS = List.of(
        "Joost heeft ADHD en kan zich tijdens de instructie slecht concentreren; hij kijkt rond en tikt met zijn pen.",
        "Hij gaat vaak de discussie aan met de leerkracht als een opdracht hem niet bevalt.",
        "Joost pikt de uitleg onvoldoende op en weet daarna niet wat hij moet doen, waardoor hij rondloopt.",
        "In de pauze zijn er regelmatig ruzies met klasgenoten op het plein en op de gang.",
        "Hij is goed in tekenen en helpt graag jongere kinderen bij het opruimen.",
        "Moeder geeft aan dat hij thuis snel boos wordt en dat zij niet weet hoe ze hem kan helpen.",
        "Bij rekenen haakt hij af zodra de sommen langer worden dan een regel.",
        "Met een vaste maat werkt hij rustiger en maakt hij meer af.",
        "Joost is impulsief en roept door de klas heen als hij het antwoord weet.",
        "Hij vindt het moeilijk om over te stappen naar een nieuwe taak en blijft dan hangen.");

    static final List<String> REPORT = report();

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(HgwBotApplication.class)
            .run("--server.port=0", "--hgw.data-dir=" + dataDir, "--MicrosoftAppId=", "--hgw.mongodb.uri=");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aTenPageDocxComesBackAsADocx(CapturedOutput output) throws Exception {
        roundTrip("verslag.docx", TestFiles.docx(REPORT), 0, output);
    }

    /** A PDF has no paragraphs, only lines: a wrapped line that ends a sentence may start a new one. */
    @Test
    void aTenPagePdfComesBackAsADocx(CapturedOutput output) throws Exception {
        roundTrip("verslag.pdf", TestFiles.pdf(REPORT), REPORT.size() / 50, output);
    }

    private void roundTrip(String name, byte[] file, int extraParagraphs, CapturedOutput output) throws Exception {
        String conversation = "report-" + UUID.randomUUID();
        STUB.server().stubFor(get(urlPathEqualTo("/files/" + conversation + "/" + name))
            .willReturn(aResponse().withBody(file)));
        say(conversation, Activities.message(conversation, "msteams", STUB.serviceUrl(), "herformuleer verslag"));
        assertThat(reply(conversation, 2).path("text").asText()).startsWith("Plak hier de tekst van het verslag");

        ObjectNode upload = Activities.message(conversation, "msteams", STUB.serviceUrl(), "");
        upload.remove("text");
        ObjectNode attachment = upload.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.teams.file.download.info");
        attachment.put("name", name);
        attachment.putObject("content").put("downloadUrl", STUB.serviceUrl() + "/files/" + conversation + "/" + name)
            .put("fileType", name.substring(name.lastIndexOf('.') + 1));
        long started = System.nanoTime();
        say(conversation, upload);
        JsonNode summary = await().atMost(Duration.ofSeconds(30)).until(() -> replies(conversation).stream()
            .filter(reply -> reply.path("attachments").size() > 0).findFirst().orElse(null), reply -> reply != null);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(replies(conversation)).anySatisfy(reply -> assertThat(reply.path("text").asText())
            .contains("alinea's").contains("Het verslag noemt als doel"));
        assertThat(replies(conversation)).anySatisfy(reply -> assertThat(reply.path("type").asText()).isEqualTo("typing"));
        JsonNode card = summary.path("attachments").path(0).path("content");
        String url = card.path("actions").path(0).path("url").asText();
        assertThat(url).contains("/api/downloads/");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            XWPFTable table = docx.getTables().get(0);
            assertThat(table.getRows().size()).isBetween(1 + REPORT.size(), 1 + REPORT.size() + extraParagraphs);
            assertThat(table.getRow(3).getCell(0).getText()).isEqualTo("3. " + REPORT.get(2));
            assertThat(table.getRow(3).getCell(1).getText()).contains("Joost heeft").contains("nodig")
                .contains("zelfstandig").doesNotContain("heeft ADHD");
            assertThat(output.getAll()).as("no report text in the log").doesNotContain("Joost").doesNotContain("ADHD");
            System.out.printf(java.util.Locale.ROOT, "%s: %d paragraphs (%d words), file to summary card in %.2f s%n",
                name, table.getRows().size() - 1, REPORT.stream().mapToInt(p -> p.split(" ").length).sum(), seconds);
            System.out.println("excerpt: " + table.getRow(3).getCell(1).getText().lines().findFirst().orElse(""));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> replies(conversation).stream()
            .anyMatch(reply -> reply.path("text").asText().contains("bij Joost bewaren")));
        HttpResponse<String> wrong = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(url.substring(0, url.length() - 4) + "AAAA")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).as("a guessed link").isEqualTo(404);
    }

    private static List<String> report() {
        List<String> report = new java.util.ArrayList<>(List.of("Naam: Joost",
            "Doel: Joost werkt over zes weken tien minuten zelfstandig aan een rekentaak."));
        report.addAll(TestFiles.pages(10, PARAGRAPHS));
        return report;
    }

    private static void say(String conversation, ObjectNode activity) {
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        assertThat(Activities.post(port, activity.toString(), null).statusCode()).isEqualTo(202);
    }

    private static JsonNode reply(String conversation, int n) {
        await().atMost(Duration.ofSeconds(15)).until(() -> replies(conversation).size() >= n);
        return replies(conversation).get(n - 1);
    }

    private static List<JsonNode> replies(String conversation) {
        return Replies.of(STUB, conversation);
    }
}
