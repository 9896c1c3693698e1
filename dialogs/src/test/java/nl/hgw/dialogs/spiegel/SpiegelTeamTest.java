package nl.hgw.dialogs.spiegel;

import static nl.hgw.dialogs.spiegel.Steps.COMMITMENT;
import static nl.hgw.dialogs.spiegel.Steps.NL;
import static nl.hgw.dialogs.spiegel.Steps.PRINCIPLES_NL;
import static nl.hgw.dialogs.spiegel.Steps.card;
import static nl.hgw.dialogs.spiegel.Steps.choiceCard;
import static nl.hgw.dialogs.spiegel.Steps.noted;
import static nl.hgw.dialogs.spiegel.Steps.question;
import static nl.hgw.dialogs.spiegel.Steps.startsWith;
import static nl.hgw.dialogs.spiegel.Steps.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.adapters.TestFlow;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.hgw.dialogs.QuietTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** A team's spiegel: several teachers, several conversations, the next time, and other teams. */
@ExtendWith(QuietTestKit.class)
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpiegelTeamTest {

    private final AtomicReference<JsonNode> shown = new AtomicReference<>();

    @Test
    void twoTeachersAnswerInOneGroupChat() {
        SpiegelChat chat = SpiegelChat.groupChat("nl-NL");
        TestFlow flow = new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.from("Carla", "spiegel", false))
            .send(chat.from("Anna", "spiegel"))
            .assertReply(reply -> assertThat(reply.getText()).as("Carla did not mention the bot: not read")
                .isEqualTo(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, shown))
            .send(chat.from("Bert", "positieve benutten"))
            .assertReply(question(PRINCIPLES_NL, "positive", Feed.FEED_UP, shown))
            .send(chat.from("Anna", "Eerst de sterke kanten in elk verslag"))
            .assertReply(noted(NL, "Anna"))
            .send(chat.from("Carla", "ik kom zo, even koffie", false))
            .send(chat.from("Bert", "Leerlingen helpen elkaar met waar ze goed in zijn"))
            .assertReply(noted(NL, "Bert"))
            .send(chat.from("Bert", "verder"))
            .assertReply(question(PRINCIPLES_NL, "positive", Feed.FEED_BACK, shown))
            .send(chat.from("Carla", "We openen met tops"))
            .assertReply(noted(NL, "Carla"))
            .send(chat.from("Anna", "volgende"))
            .assertReply(question(PRINCIPLES_NL, "positive", Feed.FEED_FORWARD, shown))
            .send(chat.from("Bert", "Per leerling één sterke kant noteren"))
            .assertReply(noted(NL, "Bert"))
            .send(chat.from("Anna", "verder"));
        Steps.commitment(flow, chat, "Bert", NL)
            .assertReply(startsWith("De spiegel is klaar"))
            .assertReply(Steps.commitmentCard(NL, COMMITMENT))
            .assertReply(card(shown, texts -> assertThat(texts).containsSubsequence("5. Positieve aspecten benutten",
                "• Eerst de sterke kanten in elk verslag – Anna",
                "• Leerlingen helpen elkaar met waar ze goed in zijn – Bert", "• We openen met tops – Carla",
                "• Per leerling één sterke kant noteren – Bert").doesNotContain("• ik kom zo, even koffie – Carla")))
            .startTest().join();

        Spiegel stored = chat.repository.all().get(0);
        assertThat(stored.answers()).extracting(Answer::feed, Answer::authorId, Answer::authorName).containsExactly(
            tuple(Feed.FEED_UP, "aad-anna", "Anna"), tuple(Feed.FEED_UP, "aad-bert", "Bert"),
            tuple(Feed.FEED_BACK, "aad-carla", "Carla"), tuple(Feed.FEED_FORWARD, "aad-bert", "Bert"));
        assertThat(stored.startedBy()).isEqualTo("aad-anna");
        assertThat(stored.commitment()).allSatisfy(step -> assertThat(step.authorId()).isEqualTo("aad-bert"));
    }

    @Test
    void aSpiegelStartedInOneThreadOfTheTeamContinuesInAnotherButNotInAnotherTeam() {
        MemoryStorage storage = new MemoryStorage();
        InMemorySpiegelRepository repository = new InMemorySpiegelRepository();
        MutableClock clock = new MutableClock(SpiegelChat.MONDAY);
        SpiegelChat first = SpiegelChat.channelThread("team-a", "1", storage, repository, clock);
        new TestFlow(first.adapter, first.bot()::onTurn)
            .send(first.from("Anna", "spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, shown))
            .send(first.from("Anna", "3"))
            .assertReply(question(PRINCIPLES_NL, "needs", Feed.FEED_UP, shown))
            .send(first.from("Anna", "We schrijven 'nodig om' bij elke behoefte"))
            .assertReply(noted(NL, "Anna"))
            .startTest().join();

        clock.advance(Duration.ofHours(2));
        SpiegelChat second = SpiegelChat.channelThread("team-a", "2", storage, repository, clock);
        new TestFlow(second.adapter, second.bot()::onTurn)
            .send(second.from("Bert", "verder met de spiegel"))
            .assertReply(text(NL.text("spiegel.resume", Map.of("date", "24 november 2026"))))
            .assertReply(question(PRINCIPLES_NL, "needs", Feed.FEED_UP, shown))
            .send(second.from("Bert", "Wat meer leerlingen nodig hebben, zit in de basis"))
            .assertReply(noted(NL, "Bert"))
            .startTest().join();
        assertThat(repository.all()).hasSize(1);
        assertThat(repository.all().get(0).answers()).extracting(Answer::authorName).containsExactly("Anna", "Bert");

        SpiegelChat otherTeam = SpiegelChat.channelThread("team-b", "1", storage, repository, clock);
        new TestFlow(otherTeam.adapter, otherTeam.bot()::onTurn)
            .send(otherTeam.from("Eva", "verder met de spiegel"))
            .assertReply(text(NL.text("spiegel.resume.none")))
            .send(otherTeam.from("Eva", "spiegels"))
            .assertReply(text(NL.text("spiegel.list.empty")))
            .send(otherTeam.from("Eva", "toon spiegel 24-11-2026"))
            .assertReply(text(NL.text("spiegel.date.none", Map.of("date", "24 november 2026"))))
            .send(otherTeam.from("Eva", "verwijder spiegel 24 november"))
            .assertReply(text(NL.text("spiegel.date.none", Map.of("date", "24 november 2026"))))
            .startTest().join();
        assertThat(repository.all()).as("team A's spiegel is untouched").hasSize(1);
    }

    @Test
    void theNextSpiegelFirstAsksHowLastTimesCommitmentWent() {
        SpiegelChat chat = SpiegelChat.personal("nl-NL");
        Steps.finishOne(new TestFlow(chat.adapter, chat.bot()::onTurn), chat, "goals").startTest().join();

        chat.clock.set(Instant.parse("2026-12-15T13:00:00Z"));
        new TestFlow(chat.adapter, chat.bot()::onTurn)
            .send(chat.say("spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(text(NL.text("spiegel.evaluation.intro", Map.of("date", "24 november 2026")) + "\n\n"
                + NL.text("spiegel.evaluation.what", Map.of("what", COMMITMENT.get(0))) + "\n\n"
                + NL.text("spiegel.evaluation.check", Map.of("check", COMMITMENT.get(6))) + "\n\n"
                + NL.text("spiegel.evaluation.prompt")))
            .send(chat.say("Het werkte: 20 van de 25 leerlingen kenden het doel"))
            .assertReply(noted(NL, "Anna"))
            .send(chat.say("verder"))
            .assertReply(choiceCard(NL, shown))
            .send(chat.say("stop"))
            .assertReply(text(NL.text("spiegel.stopped.empty")))
            .send(chat.say("toon spiegel 24-11-2026"))
            .assertReply(card(shown, texts -> assertThat(texts).containsSubsequence(NL.text("spiegel.commit.title"),
                NL.text("spiegel.summary.evaluation"), "• Het werkte: 20 van de 25 leerlingen kenden het doel – Anna")))
            .send(chat.say("spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, shown).andThen(reply -> assertThat(reply.getText()).isNull()))
            .startTest().join();

        Spiegel first = chat.repository.all().get(0);
        assertThat(first.evaluation()).extracting(Reflection::text, Reflection::authorId)
            .containsExactly(tuple("Het werkte: 20 van de 25 leerlingen kenden het doel", "aad-anna"));
        assertThat(chat.repository.all()).as("the evaluation alone starts no new spiegel").hasSize(1);
    }

    @Test
    void listShowAndDeleteByDateWhileToonStillShowsAPupil() {
        SpiegelChat chat = SpiegelChat.personal("nl-NL");
        TestFlow flow = Steps.finishOne(new TestFlow(chat.adapter, chat.bot()::onTurn), chat, "systematic");
        flow.send(chat.say("spiegels"))
            .assertReply(text(NL.text("spiegel.list.title") + "\n" + NL.text("spiegel.list.line", Map.of(
                "date", "24 november 2026", "principles", "1", "answers", "3", "typed", "24-11-2026")) + "\n\n"
                + NL.text("spiegel.list.hint")))
            .send(chat.say("toon spiegel 24 november"))
            .assertReply(card(shown, texts -> assertThat(texts).contains("HGW-spiegel van 24 november 2026",
                "7. Systematisch en transparant")))
            .send(chat.say("toon Joost"))
            .assertReply(text(NL.text("pupil.unknown", Map.of("pupil", "Joost"))))
            .send(chat.say("toon spiegel ooit"))
            .assertReply(text(NL.text("spiegel.date.unknown")))
            .send(chat.say("verwijder spiegel 2026-11-24"))
            .assertReply(startsWith(NL.text("spiegel.delete.confirm", Map.of("date", "24 november 2026"))))
            .send(chat.say("nee"))
            .assertReply(text(NL.text("spiegel.delete.kept", Map.of("date", "24 november 2026"))))
            .send(chat.say("verwijder spiegel 24-11-2026"))
            .assertReply(startsWith(NL.text("spiegel.delete.confirm", Map.of("date", "24 november 2026"))))
            .send(chat.say("ja"))
            .assertReply(text(NL.text("spiegel.delete.done", Map.of("date", "24 november 2026"))))
            .send(chat.say("toon spiegel 24-11-2026"))
            .assertReply(text(NL.text("spiegel.date.none", Map.of("date", "24 november 2026"))))
            .startTest().join();
        assertThat(chat.repository.all()).isEmpty();
    }
}
