package nl.hgw.bot.reformulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.hgw.bot.HgwBotApplication;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.lexicon.RuleFileException;
import nl.hgw.nlp.reformulate.Reformulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/**
 * The server with {@code hgw.lexicon-dir} ({@code HGW_LEXICON_DIR}): a broken school file stops the
 * start with one line naming the file, the line and the reason; a valid one changes the answers
 * as its examples say. Local mode, embedded MongoDB in a temporary folder.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchoolWordingStartTest {

    /** The README's worked example. */
    static final Path EXAMPLE = Path.of("..", "docs", "school-lexicon-example");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    /** A school file whose third line names a category that does not exist; returns the file. */
    static Path brokenLexicon(Path dir) throws IOException {
        Path file = dir.resolve("nl").resolve("deficits.txt");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, """
            [deficit zit-te-wiebelen]
            when = zitten wiebelen
            category = gedrag
            need = een statafel achter in de klas
            example = Daan zit de hele les te wiebelen.
            """);
    }

    @Test
    void aBrokenEntryStopsTheStartNamingFileLineAndReason(@TempDir Path lexicon, CapturedOutput output)
            throws IOException {
        Path file = brokenLexicon(lexicon);

        assertThatThrownBy(() -> start(lexicon).close()).hasRootCauseInstanceOf(RuleFileException.class);

        String problem = file + ":3: unknown category 'gedrag' (use instruction, tasks_environment, feedback, "
            + "teacher, peers or parents)";
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
            .containsPattern("Description:\\R\\R" + java.util.regex.Pattern.quote(problem) + "\\R\\RAction:")
            .contains("or unset HGW_LEXICON_DIR to start with the built-in rules only.")
            .as("no stack trace").doesNotContain("\tat ");
    }

    @Test
    void aMissingFolderStopsTheStart(CapturedOutput output) {
        Path missing = this.dataDir.resolve("lexicon");

        assertThatThrownBy(() -> start(missing).close()).hasRootCauseInstanceOf(RuleFileException.class);

        assertThat(output.getAll()).contains(missing + ": the folder does not exist").doesNotContain("\tat ");
    }

    @Test
    void theExampleFolderChangesTheAnswersAsItsExamplesSay(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start(EXAMPLE)) {
            JsonNode wiebelt = reformulate(app, "Daan zit de hele les te wiebelen.", "Daan");
            assertThat(wiebelt.path("needs").findValuesAsText("rule")).containsOnly("zit-te-wiebelen");
            assertThat(wiebelt.path("needs").get(0).path("text").asText()).isEqualTo("Daan heeft een eigen statafel "
                + "achter in de klas en na elke taak een kort beweegmoment nodig om vijf minuten aan zijn taak te werken.");

            JsonNode label = reformulate(app, "Lotte is een OPP-leerling.", "Lotte");
            assertThat(label.path("labels").findValuesAsText("label")).containsExactly("OPP-leerling");
        }
        assertThat(output.getAll()).contains("School wording from " + EXAMPLE.toAbsolutePath().normalize()
            + ": 3 entries (nl: 1 deficit, 1 label; en: 1 label); every example holds");
    }

    @Test
    void aNoteInTheChatGetsTheSchoolsNeedOnItsCard() throws Exception {
        String schoolsNeed = "Daan heeft een eigen statafel achter in de klas en na elke taak een kort beweegmoment "
            + "nodig om vijf minuten aan zijn taak te werken.";
        try (ConfigurableApplicationContext app = start(EXAMPLE)) {
            assertThat(say(app, "Daan zit de hele les te wiebelen.")).as("the bot asks for the goal first")
                .contains("Eerst het doel");
            String card = say(app, "vijf minuten aan zijn taak werken");
            assertThat(card).as(card).contains(schoolsNeed)
                .doesNotContain("korte opdrachten met beweging tussendoor");
        }
        try (ConfigurableApplicationContext app = start(null)) {
            say(app, "Daan zit de hele les te wiebelen.");
            assertThat(say(app, "vijf minuten aan zijn taak werken")).as("the built-in rule without the setting")
                .contains("korte opdrachten met beweging tussendoor").doesNotContain(schoolsNeed);
        }
    }

    @Test
    void withoutTheSettingTheBuiltInRulesAnswer(CapturedOutput output) {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.setEnvironment(new MockEnvironment().withProperty("hgw.data-dir", this.dataDir.toString()));
            new EngineInitializer().initialize(context);
            context.refresh();
            Reformulator engine = context.getBean(EngineInitializer.BEAN, Reformulator.class);
            assertThat(engine.reformulate("Lotte is een OPP-leerling.", "", "Lotte", Language.DUTCH).labels()).isEmpty();
        }
        assertThat(output.getAll()).doesNotContain("School wording");
    }

    /** Local mode, a fresh data folder each start; {@code lexicon} null = the setting left empty. */
    private ConfigurableApplicationContext start(Path lexicon) throws IOException {
        return new SpringApplicationBuilder(HgwBotApplication.class).run("--server.port=0",
            "--hgw.data-dir=" + Files.createTempDirectory(this.dataDir, "data"), "--MicrosoftAppId=",
            "--hgw.mongodb.uri=", "--hgw.lexicon-dir=" + (lexicon == null ? "" : lexicon));
    }

    /** One chat turn over HTTP with {@code expectReplies}: the replies, as JSON text, come back in the body. */
    private static String say(ConfigurableApplicationContext app, String text) throws Exception {
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        String activity = JSON.writeValueAsString(Map.of("type", "message", "id", "m" + System.nanoTime(),
            "channelId", "msteams", "serviceUrl", "http://127.0.0.1:1/", "conversation", Map.of("id", "school-wording"),
            "from", Map.of("id", "teacher"), "recipient", Map.of("id", "bot"), "locale", "nl-NL", "text", text,
            "deliveryMode", "expectReplies"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity))
                .build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("activities").toString();
    }

    private static JsonNode reformulate(ConfigurableApplicationContext app, String text, String pupil) throws Exception {
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        String body = JSON.writeValueAsString(Map.of("text", text, "goal", "vijf minuten aan zijn taak werken",
            "pupil", pupil, "locale", "nl"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/reformulate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
