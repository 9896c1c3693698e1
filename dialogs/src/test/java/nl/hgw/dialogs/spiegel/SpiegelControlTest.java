package nl.hgw.dialogs.spiegel;

import static nl.hgw.dialogs.spiegel.Steps.NL;
import static nl.hgw.dialogs.spiegel.Steps.PRINCIPLES_NL;
import static nl.hgw.dialogs.spiegel.Steps.card;
import static nl.hgw.dialogs.spiegel.Steps.choiceCard;
import static nl.hgw.dialogs.spiegel.Steps.noted;
import static nl.hgw.dialogs.spiegel.Steps.question;
import static nl.hgw.dialogs.spiegel.Steps.startsWith;
import static nl.hgw.dialogs.spiegel.Steps.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.schema.Activity;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.hgw.dialogs.QuietTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Skip, back, stop and continue, a restart, old cards, and a database that is away. */
@ExtendWith(QuietTestKit.class)
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpiegelControlTest {

    private final SpiegelChat chat = SpiegelChat.personal("nl-NL");

    private final AtomicReference<JsonNode> shown = new AtomicReference<>();

    @Test
    void skipBackStopAndContinueWhereItWas() {
        new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, shown))
            .send(chat.say("terug"))
            .assertReply(text(NL.text("spiegel.back.first")))
            .assertReply(choiceCard(NL, shown))
            .send(chat.say("doelgericht"))
            .assertReply(question(PRINCIPLES_NL, "goals", Feed.FEED_UP, shown))
            .send(chat.say("overslaan"))
            .assertReply(question(PRINCIPLES_NL, "goals", Feed.FEED_BACK, shown))
            .send(chat.say("terug"))
            .assertReply(question(PRINCIPLES_NL, "goals", Feed.FEED_UP, shown))
            .send(chat.say("Het doel staat bij elke les op het bord"))
            .assertReply(noted(NL, "Anna"))
            .send(chat.say("verder"))
            .assertReply(question(PRINCIPLES_NL, "goals", Feed.FEED_BACK, shown))
            .send(chat.say("stop"))
            .assertReply(text(NL.text("spiegel.stopped", Map.of("date", "24-11-2026"))))
            .send(chat.say("Wat voor antwoord dan ook"))
            .assertReply(startsWith(NL.text("fallback.intro")))
            .send(chat.say("verder met de spiegel"))
            .assertReply(text(NL.text("spiegel.resume", Map.of("date", "24 november 2026"))))
            .assertReply(question(PRINCIPLES_NL, "goals", Feed.FEED_BACK, shown))
            .startTest().join();

        Spiegel stored = chat.repository.all().get(0);
        assertThat(stored.finished()).isFalse();
        assertThat(stored.progress()).as("choice, feed up, then feed back is open").isEqualTo(2);
        assertThat(stored.answers()).extracting(Answer::text).containsExactly("Het doel staat bij elke les op het bord");
    }

    @Test
    void aStopBeforeAnyAnswerKeepsNothing() {
        new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, shown))
            .send(chat.say("7"))
            .assertReply(question(PRINCIPLES_NL, "systematic", Feed.FEED_UP, shown))
            .send(chat.say("stop"))
            .assertReply(text(NL.text("spiegel.stopped.empty")))
            .send(chat.say("verder met de spiegel"))
            .assertReply(text(NL.text("spiegel.resume.none")))
            .startTest().join();
        assertThat(chat.repository.all()).isEmpty();
    }

    @Test
    void aSkippedCommitmentStepStaysOpenAndBackChangesAnAnswer() {
        TestFlow flow = new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, shown))
            .send(chat.say("2"))
            .assertReply(question(PRINCIPLES_NL, "interaction", Feed.FEED_UP, shown))
            .send(chat.say("verder")).assertReply(question(PRINCIPLES_NL, "interaction", Feed.FEED_BACK, shown))
            .send(chat.say("verder")).assertReply(question(PRINCIPLES_NL, "interaction", Feed.FEED_FORWARD, shown))
            .send(chat.say("verder"))
            .assertReply(startsWith("Tot slot: Morgen ga ik"))
            .send(chat.say("de cirkel tekenen"))
            .assertReply(startsWith("(2/7) **Waarom**"))
            .send(chat.say("terug"))
            .assertReply(startsWith("Tot slot: Morgen ga ik"))
            .send(chat.say("bij één leerling de cirkel tekenen"))
            .assertReply(startsWith("(2/7) **Waarom**"))
            .send(chat.say("overslaan"));
        for (String step : new String[] {"Voor welk doel", "Met wie", "Hoe", "Wanneer", "Hoe weten we"}) {
            flow = flow.assertReply(reply -> assertThat(reply.getText()).contains("**" + step))
                .send(chat.say("antwoord"));
        }
        flow.assertReply(startsWith("De spiegel is klaar"))
            .assertReply(card(shown, texts -> assertThat(texts).contains("**Wat:** bij één leerling de cirkel tekenen",
                "**Waarom:** (nog open)").doesNotContain("**Wat:** de cirkel tekenen")))
            .assertReply(card(shown, texts -> assertThat(texts).contains(NL.text("spiegel.summary.none"))))
            .startTest().join();
        assertThat(chat.repository.all().get(0).commitment(CommitmentStep.WHY)).isEmpty();
    }

    @Test
    void aRestartedBotCarriesOnAtTheOpenQuestion() {
        new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, shown))
            .send(chat.say("4"))
            .assertReply(question(PRINCIPLES_NL, "teachers_parents", Feed.FEED_UP, shown))
            .send(chat.say("Iedereen zegt wat hij nodig heeft"))
            .assertReply(noted(NL, "Anna"))
            .startTest().join();

        // a new bot on the same storage: nothing of the spiegel was kept in the old one
        new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("En ouders horen ook wat goed gaat"))
            .assertReply(noted(NL, "Anna"))
            .send(chat.say("verder"))
            .assertReply(question(PRINCIPLES_NL, "teachers_parents", Feed.FEED_BACK, shown))
            .startTest().join();
        assertThat(chat.repository.all().get(0).answers(Steps.PRINCIPLES_NL.all().get(3).id(), Feed.FEED_UP))
            .hasSize(2);
    }

    @Test
    void aButtonOnAnOlderCardDoesNotMoveTheSpiegelOn() {
        AtomicReference<JsonNode> first = new AtomicReference<>();
        Activity stalePress = chat.press("Bert");
        Activity press = chat.press("Anna");
        new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, shown))
            .send(chat.say("5"))
            .assertReply(question(PRINCIPLES_NL, "positive", Feed.FEED_UP, first)
                .andThen(reply -> SpiegelChat.fill(stalePress, first.get(), "next", Map.of())))
            .send(chat.say("verder"))
            .assertReply(question(PRINCIPLES_NL, "positive", Feed.FEED_BACK, shown)
                .andThen(reply -> SpiegelChat.fill(press, shown.get(), "next", Map.of())))
            .send(stalePress)
            .assertReply(text(NL.text("spiegel.card.stale")))
            .send(press)
            .assertReply(question(PRINCIPLES_NL, "positive", Feed.FEED_FORWARD, shown))
            .startTest().join();
    }

    @Test
    void whenTheDatabaseIsAwayNothingIsLost() {
        TestFlow flow = new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, shown).andThen(reply -> chat.repository.setUnavailable(true)))
            .send(chat.say("6"))
            .assertReply(text(NL.text("spiegel.storage.unavailable")))
            .assertReply(question(PRINCIPLES_NL, "collaboration", Feed.FEED_UP, shown))
            .send(chat.say("Ouders denken mee"))
            .assertReply(noted(NL, "Anna").andThen(reply -> chat.repository.setUnavailable(false)))
            .send(chat.say("Leerlingen zitten bij hun gesprek"))
            .assertReply(noted(NL, "Anna").andThen(reply -> assertThat(chat.repository.all().get(0).answers())
                .as("what was kept in the conversation is stored once the database is back").hasSize(2)))
            .send(chat.say("verder")).assertReply(question(PRINCIPLES_NL, "collaboration", Feed.FEED_BACK, shown))
            .send(chat.say("verder")).assertReply(question(PRINCIPLES_NL, "collaboration", Feed.FEED_FORWARD, shown))
            .send(chat.say("verder"));
        // the last answer goes in while the database is away again
        flow = Steps.commitment(flow, chat, "Anna", NL, () -> chat.repository.setUnavailable(true));
        flow.assertReply(text(NL.text("spiegel.storage.unavailable")))
            .assertReply(text(NL.text("spiegel.save.retry")))
            .send(chat.say("nog niet"))
            .assertReply(text(NL.text("spiegel.save.retry")).andThen(reply -> chat.repository.setUnavailable(false)))
            .send(chat.say("opslaan"))
            .assertReply(startsWith("De spiegel is klaar"))
            .startTest().join();

        Spiegel stored = chat.repository.all().get(0);
        assertThat(stored.finished()).isTrue();
        assertThat(stored.answers()).hasSize(2);
        assertThat(stored.commitment()).hasSize(7);
    }
}
