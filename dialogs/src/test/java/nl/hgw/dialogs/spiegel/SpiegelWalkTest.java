package nl.hgw.dialogs.spiegel;

import static nl.hgw.dialogs.spiegel.Steps.COMMITMENT;
import static nl.hgw.dialogs.spiegel.Steps.EN;
import static nl.hgw.dialogs.spiegel.Steps.NL;
import static nl.hgw.dialogs.spiegel.Steps.PRINCIPLES_NL;
import static nl.hgw.dialogs.spiegel.Steps.card;
import static nl.hgw.dialogs.spiegel.Steps.choiceCard;
import static nl.hgw.dialogs.spiegel.Steps.commitmentCard;
import static nl.hgw.dialogs.spiegel.Steps.noted;
import static nl.hgw.dialogs.spiegel.Steps.question;
import static nl.hgw.dialogs.spiegel.Steps.startsWith;
import static nl.hgw.dialogs.spiegel.Steps.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.schema.Activity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.QuietTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The spiegel from "spiegel" to the "Morgen ga ik …" card, through the whole bot. */
@ExtendWith(QuietTestKit.class)
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpiegelWalkTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 24);

    private final AtomicReference<JsonNode> shown = new AtomicReference<>();

    @Test
    void onePrincipleFromItsExplanationToTheCommitmentCard() {
        SpiegelChat chat = SpiegelChat.personal("nl-NL");
        Activity choose = chat.press("Anna");
        TestFlow flow = new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("HGW-spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, shown).andThen(
                reply -> SpiegelChat.fill(choose, shown.get(), "choose", Map.of("choice", "interaction"))))
            .send(choose)
            .assertReply(question(PRINCIPLES_NL, "interaction", Feed.FEED_UP, shown).andThen(
                reply -> assertThat(SpiegelChat.texts(shown.get()))
                    .contains(NL.text("spiegel.progress", Map.of("index", "1", "count", "1", "question", "1")),
                        NL.text("spiegel.hint"))
                    .anySatisfy(line -> assertThat(line).contains("teken").contains("cirkel"))))
            .send(chat.say("We tekenen de cirkel bij elke nieuwe leerling"))
            .assertReply(noted(NL, "Anna"))
            .send(chat.say("En we vragen: wanneer lukt het wél?"))
            .assertReply(noted(NL, "Anna"))
            .send(chat.say("verder"))
            .assertReply(question(PRINCIPLES_NL, "interaction", Feed.FEED_BACK, shown))
            .send(chat.say("Collega's komen bij elkaar kijken"))
            .assertReply(noted(NL, "Anna"))
            .send(chat.say("volgende"))
            .assertReply(question(PRINCIPLES_NL, "interaction", Feed.FEED_FORWARD, shown))
            .send(chat.say("Bij de volgende leerlingbespreking de cirkel met vijf kanten"))
            .assertReply(noted(NL, "Anna"))
            .send(chat.say("verder"));
        Steps.commitment(flow, chat, "Anna", NL)
            .assertReply(text(NL.text("spiegel.done", Map.of("date", "24 november 2026", "typed", "24-11-2026"))
                + "\n\n" + NL.text("reminder.scheduled", Map.of("date", "15 december 2026"))))
            .assertReply(commitmentCard(NL, COMMITMENT))
            .assertReply(card(shown, texts -> assertThat(texts).containsSubsequence(
                "HGW-spiegel van 24 november 2026", "2. Wisselwerking en afstemming",
                NL.text("spiegel.feed.feed_up"), "• We tekenen de cirkel bij elke nieuwe leerling – Anna",
                "• En we vragen: wanneer lukt het wél? – Anna", NL.text("spiegel.feed.feed_back"),
                "• Collega's komen bij elkaar kijken – Anna", NL.text("spiegel.feed.feed_forward"),
                "• Bij de volgende leerlingbespreking de cirkel met vijf kanten – Anna",
                NL.text("spiegel.commit.title"))))
            .startTest().join();

        chat.transcript.writeTo(java.nio.file.Path.of("target", "spiegel-one-principle.txt"));
        Spiegel stored = chat.repository.all().get(0);
        assertThat(stored.finished()).isTrue();
        assertThat(stored.date()).isEqualTo(MONDAY);
        assertThat(stored.principles()).containsExactly("interaction");
        assertThat(stored.answers("interaction", Feed.FEED_UP)).extracting(Answer::text, Answer::authorId,
            Answer::authorName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("We tekenen de cirkel bij elke nieuwe leerling", "aad-anna", "Anna"),
                org.assertj.core.groups.Tuple.tuple("En we vragen: wanneer lukt het wél?", "aad-anna", "Anna"));
        assertThat(stored.commitment()).extracting(CommitmentAnswer::text).containsExactlyElementsOf(COMMITMENT);
        assertThat(chat.storage.read(new String[] {"test/conversations/personal-1"}).join()
            .get("test/conversations/personal-1")).as("the draft is cleared once it is stored")
            .asString().doesNotContain("Collega's komen");
    }

    @Test
    void allSevenPrinciplesInThe2025Order() {
        SpiegelChat chat = SpiegelChat.personal("nl-NL");
        List<String> order = PRINCIPLES_NL.all().stream().map(Principle::id).toList();
        TestFlow flow = new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, shown))
            .send(chat.say("alle"));
        for (String id : order) {
            int index = order.indexOf(id) + 1;
            flow = flow.assertReply(question(PRINCIPLES_NL, id, Feed.FEED_UP, shown).andThen(
                reply -> assertThat(SpiegelChat.texts(shown.get())).contains(NL.text("spiegel.progress",
                    Map.of("index", String.valueOf(index), "count", "7", "question", "1")))));
            flow = Steps.principle(flow, chat, id, "Anna", NL, PRINCIPLES_NL);
        }
        Steps.commitment(flow, chat, "Anna", NL)
            .assertReply(startsWith("De spiegel is klaar"))
            .assertReply(commitmentCard(NL, COMMITMENT))
            .assertReply(card(shown, texts -> {
                for (Principle principle : PRINCIPLES_NL.all()) {
                    assertThat(texts).contains(PRINCIPLES_NL.number(principle.id()) + ". " + principle.name());
                }
                assertThat(texts).doesNotContain(NL.text("spiegel.summary.none"));
            }))
            .startTest().join();

        Spiegel stored = chat.repository.all().get(0);
        assertThat(stored.principles()).containsExactlyElementsOf(order);
        assertThat(stored.answers()).hasSize(21);
        for (String id : order) {
            for (Feed feed : Feed.values()) {
                assertThat(stored.answers(id, feed)).extracting(Answer::text)
                    .containsExactly("antwoord op " + id + " " + feed.id());
            }
        }
    }

    @Test
    void speaksEnglishWhenTheLocaleIsEnglish() {
        SpiegelChat chat = SpiegelChat.personal("en-GB");
        Principles english = Principles.load(Messages.ENGLISH);
        TestFlow flow = new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("mirror"))
            .assertReply(text(EN.text("spiegel.start.intro")))
            .assertReply(choiceCard(EN, shown))
            .send(chat.say("1"))
            .assertReply(question(english, "goals", Feed.FEED_UP, shown));
        flow = Steps.principle(flow, chat, "goals", "Anna", EN, english);
        Steps.commitment(flow, chat, "Anna", EN)
            .assertReply(text(EN.text("spiegel.done", Map.of("date", "24 November 2026", "typed", "24-11-2026"))
                + "\n\n" + EN.text("reminder.scheduled", Map.of("date", "15 December 2026"))))
            .assertReply(commitmentCard(EN, COMMITMENT))
            .assertReply(card(shown, texts -> assertThat(texts).contains("HGW mirror of 24 November 2026",
                "1. Working towards goals", "• antwoord op goals feed_up – Anna")))
            .send(chat.say("mirrors"))
            .assertReply(startsWith(EN.text("spiegel.list.title") + "\n• **24 November 2026** – 1 principle(s), 3 answer(s)"))
            .startTest().join();
    }
}
