package nl.hgw.bot;

import static nl.hgw.bot.Replies.card;
import static nl.hgw.bot.Replies.inputs;
import static nl.hgw.bot.Replies.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A teacher enters 25 pupils through the protocol (WireMock as the Bot Connector, local mode,
 * embedded MongoDB): eight who pick up instructions poorly (subgroup intensive), six who are
 * restless in class (subgroup deepened, as the teacher chose) and eleven unmotivated ones (the
 * whole group). "groepsoverzicht" gives the card with the picture behind a team link; a pupil moved
 * on the card stays moved, a circle renamed by typing keeps its name; "exporteer groep" and
 * "exporteer Joost" download as .docx.
 */
@ExtendWith(OutputCaptureExtension.class)
class GroupOverviewEndToEndTest {

    static final List<String> INTENSIVE = List.of("Joost", "Fatima", "Daan", "Sanne", "Lotte", "Bram", "Noor", "Emma");

    static final List<String> DEEPENED = List.of("Liam", "Julia", "Tess", "Finn", "Mila", "Lucas");

    static final List<String> WHOLE = List.of("Milan", "Sara", "Levi", "Yara", "Thijs", "Lieke", "Ruben", "Iris",
        "Jesse", "Sophie", "Max");

    static final String GOAL = "de rekeninstructie volgen en daarna zelfstandig aan de slag gaan";

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    private final String conversation = "group-e2e-" + UUID.randomUUID();

    private int seen;

    @TempDir
    Path dataDir;

    @Test
    void twentyFivePupilsGiveTheOverviewCardWithThePictureAndBothExportsDownload(CapturedOutput output) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HgwBotApplication.class)
                .run("--server.port=0", "--hgw.data-dir=" + dataDir, "--MicrosoftAppId=", "--hgw.mongodb.uri=")) {
            boolean first = true;
            for (String name : INTENSIVE) {
                enter(app, name + " pikt instructies onvoldoende op.", "intensief", first);
                first = false;
            }
            for (String name : DEEPENED) {
                enter(app, name + " is erg druk in de klas.", "verdiept", false);
            }
            for (String name : WHOLE) {
                enter(app, name + " is ongemotiveerd bij rekenen.", "hele groep", false);
            }

            JsonNode overview = card(turn(app, "groepsoverzicht", 1).get(0));
            assertThat(texts(overview).get(0)).isEqualTo("Groepsoverzicht (25 leerlingen)");
            assertThat(line(overview, "**2. Intensief**")).contains(INTENSIVE);
            assertThat(line(overview, "**3. Verdiept**")).contains(DEEPENED);
            assertThat(line(overview, "**1. Basisaanbod**")).contains(WHOLE);
            assertThat(texts(overview)).anySatisfy(text -> assertThat(text).startsWith("Deze 8 leerlingen hebben allemaal nodig"));
            JsonNode image = image(overview);
            assertThat(image.path("altText").asText()).contains("Basisaanbod 11", "Intensief 8", "Verdiept 6");
            BufferedImage picture = png(download(image.path("url").asText()));
            assertThat(picture.getWidth()).isGreaterThan(300);
            assertThat(overview.path("fallbackText").asText()).contains("Joost", "Max", "Lucas");

            List<JsonNode> moved = submit(app, overview, "group_move", "Joost", "head", 2);
            assertThat(moved.get(0).path("text").asText()).isEqualTo("Joost staat nu in cirkel 1. Basisaanbod.");
            List<JsonNode> renamed = turn(app, "hernoem cirkel 3 Plusgroep", 2);
            assertThat(renamed.get(0).path("text").asText()).isEqualTo("Cirkel 3 heet nu Plusgroep.");
            JsonNode again = card(turn(app, "groepsoverzicht", 1).get(0));
            assertThat(line(again, "**1. Basisaanbod**")).as("moved on the card, stays moved").contains("Joost");
            assertThat(line(again, "**2. Intensief**")).doesNotContain("Joost").contains("Fatima");
            assertThat(line(again, "**3. Plusgroep**")).contains(DEEPENED);

            JsonNode groupLink = turn(app, "exporteer groep", 1).get(0);
            String groupText = docx(download(card(groupLink).path("actions").path(0).path("url").asText()));
            assertThat(groupText).contains("Groepsoverzicht", "3. Plusgroep (6)", "2. Intensief (7)", "Joost", "Max");

            JsonNode pupilLink = turn(app, "exporteer Joost", 1).get(0);
            assertThat(pupilLink.path("text").asText()).startsWith("Het overzicht van Joost als Word-bestand");
            String pupilText = docx(download(card(pupilLink).path("actions").path(0).path("url").asText()));
            assertThat(pupilText).contains("Onderwijsbehoeften van Joost", "Doel: " + GOAL, "Instructie/uitleg",
                "(subgroep intensief)", "Cirkel 1. Basisaanbod in het groepsoverzicht", "Open vragen");
        }
        assertThat(output.getAll()).as("no pupil name or text in the log").doesNotContain("Joost")
            .doesNotContain("Fatima").doesNotContain("Plusgroep").doesNotContain("ongemotiveerd");
    }

    /** One pupil through the goal-first conversation: note, goal, needs kept, who else, support. */
    private void enter(ConfigurableApplicationContext app, String note, String reach, boolean first) {
        List<JsonNode> asked = turn(app, note, first ? 2 : 1);
        assertThat(asked.get(asked.size() - 1).path("text").asText()).startsWith("Eerst het doel");
        JsonNode needs = card(turn(app, GOAL, 1).get(0));
        JsonNode reachCard = card(submitAction(app, needs, "done").get(0));
        assertThat(texts(reachCard)).contains("Hebben meer leerlingen dit nodig?");
        turn(app, reach, 1);
        assertThat(turn(app, "3 en 4", 2).get(0).path("text").asText()).startsWith("Opgeslagen!");
    }

    private List<JsonNode> turn(ConfigurableApplicationContext app, String text, int replies) {
        Activities.accepted(app, Activities.message(conversation, "webchat", STUB.serviceUrl(), text));
        return replies(replies);
    }

    /** The needs card's button: its inputs as shown plus the button's data. */
    private List<JsonNode> submitAction(ConfigurableApplicationContext app, JsonNode card, String action) {
        ObjectNode activity = Activities.cardSubmit(conversation, STUB.serviceUrl(), card, action);
        Activities.accepted(app, activity);
        return replies(1);
    }

    /** The overview card's move: pupil and circle chosen, then its button. */
    private List<JsonNode> submit(ConfigurableApplicationContext app, JsonNode card, String command, String pupil,
            String circle, int replies) {
        ObjectNode activity = Activities.message(conversation, "webchat", STUB.serviceUrl(), "");
        activity.remove("text");
        ObjectNode value = activity.putObject("value");
        inputs(card, value);
        value.put("pupil", pupil).put("circle", circle).put("hgwCommand", command);
        Activities.accepted(app, activity);
        return replies(replies);
    }

    private List<JsonNode> replies(int count) {
        seen += count;
        await().atMost(Duration.ofSeconds(20)).until(() -> STUB.repliesTo(conversation).size() >= seen);
        List<JsonNode> all = Replies.of(STUB, conversation);
        return all.subList(seen - count, seen);
    }

    private static String line(JsonNode card, String start) {
        return texts(card).stream().filter(text -> text.startsWith(start)).findFirst()
            .orElseThrow(() -> new AssertionError("no line " + start + " in " + texts(card)));
    }

    private static JsonNode image(JsonNode card) {
        for (JsonNode element : card.path("body")) {
            if ("Image".equals(element.path("type").asText())) {
                return element;
            }
        }
        throw new AssertionError("no picture on the card");
    }

    private static byte[] download(String link) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(link).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static BufferedImage png(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).as("a PNG").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String docx(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
