package nl.hgw.dialogs.spiegel;

import static nl.hgw.dialogs.spiegel.Steps.COMMITMENT;
import static nl.hgw.dialogs.spiegel.Steps.EN;
import static nl.hgw.dialogs.spiegel.Steps.NL;
import static nl.hgw.dialogs.spiegel.Steps.PRINCIPLES_NL;
import static nl.hgw.dialogs.spiegel.Steps.card;
import static nl.hgw.dialogs.spiegel.Steps.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.schema.Activity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.hgw.dialogs.QuietTestKit;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.TeamScope;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A spiegel as a Word document: typed or from the summary card's button, scoped to the team, and when the store is away. */
@ExtendWith(QuietTestKit.class)
class SpiegelExportTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final List<Published> published = new ArrayList<>();

    @Test
    void typedTheSpiegelOfThatDayComesAsAWordFileWithEveryAnswerAndTheCommitment() throws IOException {
        SpiegelChat chat = publishing(SpiegelChat.groupChat("nl-NL"));
        TestFlow flow = Steps.finishOne(new TestFlow(chat.adapter, chat.bot()::onTurn), chat, "goals");
        flow.send(chat.from("Bram", "exporteer spiegel 24-11-2026"))
            .assertReply(download(NL, "24 november 2026"))
            .startTest().join();

        assertThat(published).singleElement().satisfies(file -> {
            assertThat(file.team()).isEqualTo(chat.team());
            assertThat(file.name()).isEqualTo("HGW-spiegel 24-11-2026.docx");
            assertThat(file.type()).isEqualTo(DOCX);
        });
        List<String> lines = paragraphs(published.get(0).content());
        Principle goals = PRINCIPLES_NL.byId("goals").orElseThrow();
        assertThat(lines).containsSubsequence("HGW-spiegel van 24 november 2026",
            PRINCIPLES_NL.number("goals") + ". " + goals.name(), goals.explanation(),
            NL.text("spiegel.feed.feed_up"), goals.question(Feed.FEED_UP).text(), "• antwoord op goals feed_up (Anna)",
            NL.text("spiegel.feed.feed_back"), "• antwoord op goals feed_back (Anna)",
            NL.text("spiegel.feed.feed_forward"), "• antwoord op goals feed_forward (Anna)",
            NL.text("spiegel.commit.title"), "Wat: " + COMMITMENT.get(0),
            "Zo weten we dat het werkte: " + COMMITMENT.get(6));
    }

    @Test
    void theSummaryCardsButtonExportsTheSameSpiegel() {
        SpiegelChat chat = publishing(SpiegelChat.personal("nl-NL"));
        AtomicReference<JsonNode> summary = new AtomicReference<>();
        Activity press = chat.press("Anna");
        Steps.finishOne(new TestFlow(chat.adapter, chat.bot()::onTurn), chat, "systematic")
            .send(chat.say("toon spiegel vandaag"))
            .assertReply(card(summary, texts -> assertThat(texts).contains("HGW-spiegel van 24 november 2026"))
                .andThen(reply -> submit(press, summary.get(), NL.text("spiegel.summary.export"))))
            .send(press)
            .assertReply(download(NL, "24 november 2026"))
            .startTest().join();

        assertThat(published).hasSize(1);
        assertThat(paragraphs(published.get(0).content())).contains("• antwoord op systematic feed_up (Anna)");
    }

    @Test
    void anotherTeamExportsNothingOfThisTeam() {
        SpiegelChat team = publishing(SpiegelChat.channelThread("team-a", "1", new com.microsoft.bot.builder.MemoryStorage(),
            new InMemorySpiegelRepository(), new MutableClock(SpiegelChat.MONDAY)));
        SpiegelChat other = publishing(SpiegelChat.channelThread("team-b", "1", team.storage, team.repository,
            team.clock));
        Steps.finishOne(new TestFlow(team.adapter, team.bot()::onTurn), team, "goals").startTest().join();

        new TestFlow(other.adapter, other.bot()::onTurn)
            .send(other.say("exporteer spiegel 24-11-2026"))
            .assertReply(text(NL.text("spiegel.date.none", Map.of("date", "24 november 2026"))))
            .startTest().join();
        assertThat(published).isEmpty();
    }

    @Test
    void aStoreThatIsAwaySaysSoAndAnUnknownDateIsExplained() {
        SpiegelChat chat = SpiegelChat.personal("nl-NL");
        chat.links = (team, name, type, content) -> {
            throw new PupilRepository.UnavailableException("MongoTimeoutException");
        };
        Steps.finishOne(new TestFlow(chat.adapter, chat.bot()::onTurn), chat, "goals")
            .send(chat.say("exporteer spiegel 24-11-2026"))
            .assertReply(text(NL.text("spiegel.export.failed")))
            .send(chat.say("exporteer spiegel ooit"))
            .assertReply(text(NL.text("spiegel.date.unknown")))
            .startTest().join();
        assertThat(chat.repository.all()).as("the spiegel itself is untouched").hasSize(1);
    }

    @Test
    void inEnglishTheDocumentIsEnglish() {
        SpiegelChat chat = publishing(SpiegelChat.personal("en-GB"));
        new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("mirror"))
            .assertReply(text(EN.text("spiegel.start.intro")))
            .assertReply(reply -> { })
            .send(chat.say("1"))
            .assertReply(reply -> { })
            .send(chat.say("We see pupils who can name the lesson goal"))
            .assertReply(reply -> { })
            .send(chat.say("stop"))
            .assertReply(reply -> { })
            .send(chat.say("export mirror 2026-11-24"))
            .assertReply(download(EN, "24 November 2026"))
            .startTest().join();

        assertThat(published.get(0).name()).isEqualTo("HGW mirror 24-11-2026.docx");
        assertThat(paragraphs(published.get(0).content())).contains("HGW mirror of 24 November 2026",
            EN.text("spiegel.docx.unfinished"), "• We see pupils who can name the lesson goal (Anna)");
    }

    private SpiegelChat publishing(SpiegelChat chat) {
        chat.links = (team, name, type, content) -> {
            published.add(new Published(team, name, type, content));
            return URI.create("https://bot.test/api/downloads/" + published.size());
        };
        return chat;
    }

    /** The download card: its button opens the link, and the text carries the same link. */
    private Consumer<Activity> download(nl.hgw.dialogs.Messages messages, String date) {
        return reply -> {
            String link = "https://bot.test/api/downloads/" + published.size();
            assertThat(reply.getText()).isEqualTo(messages.text("spiegel.docx.link", Map.of("date", date, "url", link)));
            JsonNode card = card(reply);
            assertThat(SpiegelChat.texts(card)).contains(messages.text("spiegel.docx.ready", Map.of("date", date)));
            assertThat(card.path("actions").get(0).path("url").asText()).isEqualTo(link);
        };
    }

    /** The submit of the card's button titled {@code title}, with that button's data. */
    private static void submit(Activity press, JsonNode card, String title) {
        Map<String, Object> value = new LinkedHashMap<>();
        for (JsonNode action : card.path("actions")) {
            if (title.equals(action.path("title").asText())) {
                action.path("data").fields().forEachRemaining(field -> value.put(field.getKey(), field.getValue().asText()));
            }
        }
        assertThat(value).as("the card has a button '%s'", title).isNotEmpty();
        press.setValue(value);
    }

    private static List<String> paragraphs(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).filter(text -> !text.isBlank())
                .collect(Collectors.toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Published(TeamScope team, String name, String type, byte[] content) {
    }
}
