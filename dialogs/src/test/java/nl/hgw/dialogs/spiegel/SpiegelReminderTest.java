package nl.hgw.dialogs.spiegel;

import static nl.hgw.dialogs.spiegel.Steps.COMMITMENT;
import static nl.hgw.dialogs.spiegel.Steps.EN;
import static nl.hgw.dialogs.spiegel.Steps.NL;
import static nl.hgw.dialogs.spiegel.Steps.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.schema.Activity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.hgw.dialogs.HgwBot;
import nl.hgw.dialogs.QuietTestKit;
import nl.hgw.dialogs.reminder.Reminder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "Morgen ga ik …" that comes back: scheduled for the day the team named, listed and
 * cancelled, and on that day asked in the conversation of the commitment, where the answer
 * (typed or on the card) is stored with the spiegel and its author.
 */
@ExtendWith(QuietTestKit.class)
class SpiegelReminderTest {

    @Test
    void theCommitmentSchedulesAReminderForTheDayItNamesInTheConversationOfTheCommitment() {
        SpiegelChat chat = SpiegelChat.groupChat("nl-NL");
        Steps.finishOne(new TestFlow(chat.adapter, chat.bot()::onTurn), chat, "goals")
            .send(chat.from("Bert", "herinneringen"))
            .assertReply(text(NL.text("reminder.list.title") + "\n" + NL.text("reminder.list.line", Map.of(
                "due", "15 december 2026", "what", COMMITMENT.get(0), "spiegel", "24 november 2026")) + "\n\n"
                + NL.text("reminder.list.hint")))
            .startTest().join();

        Reminder reminder = chat.reminders.all().get(0);
        assertThat(reminder.due()).as("'maandag, evaluatie over drie weken'").isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(reminder.team()).isEqualTo(chat.team());
        assertThat(reminder.spiegelId()).isEqualTo(chat.repository.all().get(0).id());
        assertThat(reminder.reference().getConversation().getId()).isEqualTo("19:group-chat@thread.v2");
        assertThat(reminder.check()).isEqualTo(COMMITMENT.get(6));
        assertThat(reminder.locale()).isEqualTo("nl");
    }

    @Test
    void onTheDayTheCardAsksAndTheNextMessageIsStoredWithTheSpiegelAndItsAuthor() {
        SpiegelChat chat = SpiegelChat.groupChat("nl-NL");
        HgwBot bot = chat.bot();
        Steps.finishOne(new TestFlow(chat.adapter, bot::onTurn), chat, "goals").startTest().join();
        Reminder reminder = chat.reminders.all().get(0);
        chat.clock.set(Instant.parse("2026-12-15T08:00:00Z"));

        Activity card = remind(chat, bot, reminder);
        assertThat(SpiegelChat.texts(Steps.card(card))).startsWith(
            NL.text("reminder.card.title", Map.of("date", "24 november 2026")),
            NL.text("reminder.card.what", Map.of("what", COMMITMENT.get(0))),
            NL.text("reminder.card.check", Map.of("check", COMMITMENT.get(6))),
            NL.text("reminder.card.question"));
        assertThat(card.getText()).as("the same for channels without cards").contains(COMMITMENT.get(0),
            NL.text("reminder.card.question"));

        new TestFlow(chat.adapter, bot::onTurn)
            .send(chat.from("Bert", "Het werkte: 20 van de 25 leerlingen kenden het doel"))
            .assertReply(text(NL.text("reminder.answer.saved", Map.of("date", "24 november 2026"))))
            .send(chat.from("Bert", "spiegels"))
            .assertReply(reply -> assertThat(reply.getText()).startsWith(NL.text("spiegel.list.title")))
            .startTest().join();

        assertThat(chat.repository.all().get(0).evaluation()).extracting(Reflection::text, Reflection::authorId)
            .containsExactly(tuple("Het werkte: 20 van de 25 leerlingen kenden het doel", "aad-bert"));
    }

    @Test
    void whileTheQuestionWaitsANoteAboutAPupilIsNotTakenForTheAnswer() {
        SpiegelChat chat = SpiegelChat.personal("nl-NL");
        HgwBot bot = remindedOnItsDay(chat);
        new TestFlow(chat.adapter, bot::onTurn)
            .send(chat.say("Joost heeft ADHD en pikt instructies onvoldoende op."))
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Eerst het doel"))
            .startTest().join();
        assertThat(chat.repository.all().get(0).evaluation()).as("a pupil note is no evaluation").isEmpty();
    }

    @Test
    void aCommandEndsTheWaitingQuestion() {
        SpiegelChat chat = SpiegelChat.personal("nl-NL");
        HgwBot bot = remindedOnItsDay(chat);
        new TestFlow(chat.adapter, bot::onTurn)
            .send(chat.say("spiegels"))
            .assertReply(reply -> assertThat(reply.getText()).startsWith(NL.text("spiegel.list.title")))
            .send(chat.say("het lukte goed"))
            .assertReply(reply -> assertThat(reply.getText()).doesNotStartWith("Dank je!"))
            .startTest().join();
        assertThat(chat.repository.all().get(0).evaluation()).isEmpty();
    }

    @Test
    void aQuestionLeftOpenUntilTheNextDayDoesNotTakeThatDaysMessage() {
        SpiegelChat chat = SpiegelChat.personal("nl-NL");
        HgwBot bot = remindedOnItsDay(chat);
        chat.clock.set(Instant.parse("2026-12-16T08:00:00Z"));
        new TestFlow(chat.adapter, bot::onTurn)
            .send(chat.say("het lukte goed"))
            .assertReply(reply -> assertThat(reply.getText()).doesNotStartWith("Dank je!"))
            .startTest().join();
        assertThat(chat.repository.all().get(0).evaluation()).isEmpty();
    }

    @Test
    void theCardsButtonStoresTheAnswerEvenWhenSomethingElseIsGoingOn() {
        SpiegelChat chat = SpiegelChat.personal("nl-NL");
        HgwBot bot = chat.bot();
        Steps.finishOne(new TestFlow(chat.adapter, bot::onTurn), chat, "goals")
            .send(chat.say("nieuwe leerling"))
            .assertReply(reply -> { })
            .startTest().join();
        Reminder reminder = chat.reminders.all().get(0);

        JsonNode card = Steps.card(remind(chat, bot, reminder));
        Activity press = chat.press("Anna");
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) press.getValue();
        card.path("actions").get(0).path("data").fields()
            .forEachRemaining(field -> value.put(field.getKey(), field.getValue().asText()));
        value.put("reminderAnswer", "Lukte twee van de drie weken");
        new TestFlow(chat.adapter, bot::onTurn)
            .send(press)
            .assertReply(text(NL.text("reminder.answer.saved", Map.of("date", "24 november 2026"))))
            .startTest().join();
        assertThat(chat.repository.all().get(0).evaluation()).extracting(Reflection::text)
            .containsExactly("Lukte twee van de drie weken");
    }

    @Test
    void overslaanEndsTheQuestionWithoutAnAnswerAndAnotherTeamCannotAnswerIt() {
        SpiegelChat chat = SpiegelChat.groupChat("nl-NL");
        HgwBot bot = chat.bot();
        Steps.finishOne(new TestFlow(chat.adapter, bot::onTurn), chat, "goals").startTest().join();
        Reminder reminder = chat.reminders.all().get(0);
        remind(chat, bot, reminder);
        new TestFlow(chat.adapter, bot::onTurn)
            .send(chat.from("Bert", "overslaan"))
            .assertReply(text(NL.text("reminder.answer.skipped")))
            .startTest().join();
        assertThat(chat.repository.all().get(0).evaluation()).isEmpty();

        SpiegelChat other = new SpiegelChat("nl-NL", "19:other@thread.v2", "groupChat", Map.of("tenant",
            Map.of("id", "t1")), chat.storage, chat.repository, chat.clock);
        Activity press = other.press("Eve");
        Map<String, Object> value = new LinkedHashMap<>(Map.of("hgwCommand", "reminder_answer", "pupil", reminder.id(),
            "reminderAnswer", "geraden id"));
        press.setValue(value);
        new TestFlow(other.adapter, other.bot()::onTurn)
            .send(press)
            .assertReply(text(NL.text("reminder.answer.unknown")))
            .startTest().join();
        assertThat(chat.repository.all().get(0).evaluation()).isEmpty();
    }

    @Test
    void annuleerHerinneringDropsTheOnlyOneOrTheOneOfTheDayNamed() {
        SpiegelChat chat = SpiegelChat.personal("nl-NL");
        Steps.finishOne(new TestFlow(chat.adapter, chat.bot()::onTurn), chat, "goals")
            .send(chat.say("annuleer herinnering 16-12"))
            .assertReply(text(NL.text("reminder.cancel.which", Map.of("dates", "15-12-2026"))))
            .send(chat.say("annuleer herinnering"))
            .assertReply(text(NL.text("reminder.cancel.done", Map.of("due", "15 december 2026"))))
            .send(chat.say("herinneringen"))
            .assertReply(text(NL.text("reminder.list.empty")))
            .startTest().join();
    }

    @Test
    void aStoreThatIsAwayWhenTheCommitmentIsMadeIsSaidAndTheSpiegelIsStillStored() {
        SpiegelChat chat = SpiegelChat.personal("nl-NL");
        chat.reminders.away(true);
        TestFlow flow = new TestFlow(chat.adapter, chat.bot()::onTurn).send(chat.say("spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(reply -> { })
            .send(chat.say("1"))
            .assertReply(reply -> { });
        flow = Steps.principle(flow, chat, "goals", "Anna", NL, Steps.PRINCIPLES_NL);
        Steps.commitment(flow, chat, "Anna", NL)
            .assertReply(reply -> assertThat(reply.getText()).startsWith("De spiegel is klaar")
                .endsWith("\n\n" + NL.text("reminder.schedule.failed")))
            .startTest().join();
        assertThat(chat.repository.all()).singleElement().satisfies(spiegel -> assertThat(spiegel.finished()).isTrue());
    }

    /** A finished one-principle spiegel whose reminder has just asked, on its day; returns the bot. */
    private static HgwBot remindedOnItsDay(SpiegelChat chat) {
        HgwBot bot = chat.bot();
        Steps.finishOne(new TestFlow(chat.adapter, bot::onTurn), chat, "goals").startTest().join();
        chat.clock.set(Instant.parse("2026-12-15T08:00:00Z"));
        remind(chat, bot, chat.reminders.all().get(0));
        return bot;
    }

    /** The reminder's turn, as the scheduler starts it; returns the card it sent. */
    private static Activity remind(SpiegelChat chat, HgwBot bot, Reminder reminder) {
        chat.adapter.continueConversation("", reminder.reference(), turn -> bot.remind(turn, reminder)).join();
        return List.of(chat.adapter.getNextReply()).get(0);
    }
}
