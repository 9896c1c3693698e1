package nl.hgw.bot;

import static nl.hgw.bot.Replies.card;
import static nl.hgw.bot.Replies.text;
import static nl.hgw.bot.Replies.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole HGW-spiegel over HTTP in a Teams group chat, WireMock as the Bot Connector: two
 * teachers @mention the bot and answer all seven principles, the application is restarted
 * in the middle (the spiegel goes on from MongoDB), the commitment comes back as a card, and
 * after another restart "toon spiegel" shows the stored spiegel. Local mode, embedded MongoDB.
 */
@ExtendWith(OutputCaptureExtension.class)
class SpiegelEndToEndTest {

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    private static final List<String> PRINCIPLES = List.of("1. Doelgericht werken", "2. Wisselwerking en afstemming",
        "3. Onderwijs- en opvoedbehoeften", "4. Leerkrachten en ouders doen ertoe", "5. Positieve aspecten benutten",
        "6. Samenwerken", "7. Systematisch en transparant");

    private static final String[] FEEDS = {"Feed up", "Feed back", "Feed forward"};

    @TempDir
    Path dataDir;

    private final String conversation = "e2e-group-" + UUID.randomUUID();

    private int seen;

    @Test
    void aFullSevenPrincipleSpiegelInAGroupChatSurvivesRestarts(CapturedOutput output) {
        ConfigurableApplicationContext app = start();
        try {
            List<JsonNode> opening = turn(app, "Anna", "spiegel", 2);
            assertThat(text(opening.get(0))).startsWith("We kijken met de HGW-spiegel naar onze eigen praktijk");
            assertThat(texts(card(opening.get(1)))).contains("HGW-spiegel: welke uitgangspunten?");
            ObjectNode notAddressed = message("Carla", "zomaar een bericht", false);
            Activities.accepted(app, notAddressed);

            JsonNode question = turn(app, "Bert", "alle", 1).get(0);
            for (int p = 0; p < PRINCIPLES.size(); p++) {
                if (p == 3) {
                    app.close();
                    app = start();
                }
                for (int f = 0; f < FEEDS.length; f++) {
                    String feed = FEEDS[f];
                    List<String> shown = texts(card(question));
                    assertThat(shown).as("principle %d, %s", p + 1, FEEDS[f]).contains(PRINCIPLES.get(p))
                        .anySatisfy(line -> assertThat(line).startsWith(feed));
                    assertThat(text(turn(app, "Anna", "Anna over " + (p + 1) + "/" + f, 1).get(0)))
                        .startsWith("Genoteerd (Juf Anna)");
                    assertThat(text(turn(app, "Bert", "Bert over " + (p + 1) + "/" + f, 1).get(0)))
                        .startsWith("Genoteerd (Meester Bert)");
                    question = turn(app, f % 2 == 0 ? "Anna" : "Bert", "verder", 1).get(0);
                }
            }
            String[] commitment = {"bij elke les het doel op het bord", "leerlingen weten niet waar ze aan werken",
                "de groep kan het lesdoel zeggen", "met mijn duocollega", "doelkaartjes", "vanaf maandag",
                "we vragen vijf leerlingen"};
            assertThat(text(question)).startsWith("Tot slot: Morgen ga ik");
            for (int i = 0; i < commitment.length - 1; i++) {
                assertThat(text(turn(app, "Anna", commitment[i], 1).get(0))).startsWith("(" + (i + 2) + "/7)");
            }
            List<JsonNode> end = turn(app, "Anna", commitment[6], 3);
            String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            assertThat(text(end.get(0))).startsWith("De spiegel is klaar").contains(today);
            assertThat(texts(card(end.get(1)))).startsWith("Morgen ga ik ...")
                .contains("**Wat:** bij elke les het doel op het bord", "**Zo weten we dat het werkte:** we vragen vijf leerlingen");
            assertThat(texts(card(end.get(2)))).containsAll(PRINCIPLES)
                .contains("• Anna over 1/0 – Juf Anna", "• Bert over 7/2 – Meester Bert")
                .noneSatisfy(line -> assertThat(line).contains("zomaar een bericht"));
            assertThat(end.get(2).path("replyToId").asText()).as("answered in the chat's thread of messages").isNotEmpty();
        } finally {
            app.close();
        }

        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        try (ConfigurableApplicationContext again = start()) {
            List<String> shown = texts(card(turn(again, "Carla", "toon spiegel " + today, 1).get(0)));
            assertThat(shown.get(0)).startsWith("HGW-spiegel van");
            assertThat(shown).containsAll(PRINCIPLES).contains("Afgerond. Typ **toon spiegel " + today
                + "** om hem terug te zien.", "• Bert over 4/1 – Meester Bert");

            JsonNode download = turn(again, "Carla", "exporteer spiegel " + today, 1).get(0);
            String link = card(download).path("actions").path(0).path("url").asText();
            assertThat(text(download)).endsWith(link);
            assertThat(paragraphs(get(link))).containsAll(PRINCIPLES).contains("• Anna over 1/0 (Juf Anna)",
                "• Bert over 7/2 (Meester Bert)", "Wat: bij elke les het doel op het bord",
                "Zo weten we dat het werkte: we vragen vijf leerlingen");
        }
        assertThat(output.getAll()).as("no answer in the log").doesNotContain("Anna over").doesNotContain("Bert over")
            .doesNotContain("duocollega");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HgwBotApplication.class)
            .run("--server.port=0", "--hgw.data-dir=" + dataDir, "--MicrosoftAppId=", "--hgw.mongodb.uri=");
    }

    /** A teacher's message in the group chat; returns the {@code replies} replies it gets. */
    private List<JsonNode> turn(ConfigurableApplicationContext app, String teacher, String text, int replies) {
        Activities.accepted(app, message(teacher, text, true));
        seen += replies;
        List<JsonNode> all = replies();
        return all.subList(seen - replies, seen);
    }

    private ObjectNode message(String teacher, String text, boolean mention) {
        ObjectNode activity = Activities.message(conversation, "msteams", STUB.serviceUrl(),
            mention ? "<at>HGW-assistent</at> " + text : text);
        String name = "Anna".equals(teacher) ? "Juf Anna" : "Bert".equals(teacher) ? "Meester Bert" : teacher;
        activity.putObject("from").put("id", "29:" + teacher).put("name", name).put("aadObjectId", "aad-" + teacher);
        ((ObjectNode) activity.get("conversation")).put("conversationType", "groupChat").put("tenantId", "tenant-e2e");
        if (mention) {
            ObjectNode at = activity.putArray("entities").addObject();
            at.put("type", "mention").put("text", "<at>HGW-assistent</at>");
            at.putObject("mentioned").put("id", "bot-1").put("name", "HGW-assistent");
        }
        return activity;
    }


    /** Every reply so far, in the order they reached the Connector, waiting for the ones expected. */
    private List<JsonNode> replies() {
        await().atMost(Duration.ofSeconds(15)).until(() -> STUB.repliesTo(conversation).size() >= seen);
        return Replies.of(STUB, conversation);
    }

    private static byte[] get(String link) {
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(link)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> paragraphs(byte[] docx) {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(paragraph -> paragraph.getText()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
