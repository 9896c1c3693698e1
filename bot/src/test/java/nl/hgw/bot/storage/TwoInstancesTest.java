package nl.hgw.bot.storage;

import static nl.hgw.bot.Replies.card;
import static nl.hgw.bot.Replies.text;
import static nl.hgw.bot.Replies.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.hgw.bot.Activities;
import nl.hgw.bot.BotFrameworkStub;
import nl.hgw.bot.HgwBotApplication;
import nl.hgw.bot.Replies;
import nl.hgw.bot.auth.HgwAdapter;
import nl.hgw.bot.reminder.MongoReminderRepository;
import nl.hgw.bot.reminder.ProactiveSender;
import nl.hgw.bot.reminder.ReminderScheduler;
import nl.hgw.bot.reminder.ReminderSettings;
import nl.hgw.dialogs.HgwBot;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two bot instances (two application contexts) on one MongoDB, reached by both through
 * {@code MONGODB_URI} as behind a load balancer: a goal-first conversation whose turns
 * alternate between them, turns of one conversation that race on both, and a spiegel whose
 * "Morgen ga ik …" reminder both instances try to send on its day.
 */
class TwoInstancesTest {

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    @TempDir
    static Path dataDir;

    private static EmbeddedMongo mongo;

    private static ConfigurableApplicationContext a;

    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        mongo = EmbeddedMongo.start(dataDir);
        a = instance();
        b = instance();
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
        mongo.close();
    }

    @Test
    void aConversationWhoseTurnsAlternateBetweenInstancesStoresTheNeedsOnce() {
        String conversation = "two-" + UUID.randomUUID();
        say(a, conversation, "Joost heeft ADHD, pikt instructies onvoldoende op en gaat discussies aan.");
        assertThat(text(reply(conversation, 2))).startsWith("Eerst het doel: wat wil je dat Joost");

        say(b, conversation, "de rekeninstructie volgen en daarna zelfstandig aan de slag gaan");
        JsonNode needs = card(reply(conversation, 3));
        assertThat(texts(needs)).contains("Onderwijsbehoeften van Joost");

        Activities.accepted(a, Activities.cardSubmit(conversation, STUB.serviceUrl(), needs, "done"));
        assertThat(texts(card(reply(conversation, 4)))).contains("Hebben meer leerlingen dit nodig?");
        say(b, conversation, "1: intensief");
        assertThat(texts(card(reply(conversation, 5)))).contains("Wat heb jij zelf nodig om dit te bieden?");
        say(a, conversation, "3 en 4");
        assertThat(text(reply(conversation, 6))).isEqualTo("Opgeslagen! Dit staat er nu voor Joost:");

        say(b, conversation, "toon Joost");
        assertThat(texts(card(reply(conversation, 8)))).contains("Doel: de rekeninstructie volgen en daarna "
            + "zelfstandig aan de slag gaan");
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            List<Document> stored = client.getDatabase("hgw").getCollection("pupils")
                .find(Filters.eq("teamId", conversation)).into(new ArrayList<>());
            assertThat(stored).as("one pupil document").hasSize(1);
            assertThat(stored.get(0).getList("needs", Document.class)).isNotEmpty()
                .extracting(need -> need.getString("text")).doesNotHaveDuplicates();
        }
    }

    @Test
    void turnsOfOneConversationRacingOnBothInstancesAreTakenOneAfterTheOther() {
        String conversation = "race-" + UUID.randomUUID();
        say(a, conversation, "help");
        reply(conversation, 2);
        for (int round = 0; round < 5; round++) {
            CompletableFuture<Void> onA = CompletableFuture.runAsync(() -> say(a, conversation, "rol"));
            CompletableFuture<Void> onB = CompletableFuture.runAsync(() -> say(b, conversation, "rol"));
            CompletableFuture.allOf(onA, onB).join();
            say(a, conversation, "leerkracht");
        }
        List<JsonNode> replies = replies(conversation, 2 + 5 * 3);
        assertThat(replies).extracting(Replies::text).as("no turn failed or was refused")
            .noneMatch(line -> line.startsWith("Sorry") || line.startsWith("Een moment"));
    }

    @Test
    void theMorgenGaIkReminderIsSentOnceByTwoRacingInstancesAndItsAnswerIsStoredWithTheSpiegel() throws Exception {
        String conversation = "remind-" + UUID.randomUUID();
        List<String> turns = new ArrayList<>(List.of("spiegel", "1"));
        for (String feed : List.of("up", "back", "forward")) {
            turns.addAll(List.of("wij over feed " + feed, "verder"));
        }
        turns.addAll(List.of("bij elke les het doel op het bord", "ze weten niet waar ze aan werken",
            "de groep kan het lesdoel zeggen", "met mijn duocollega", "doelkaartjes",
            "vanaf maandag, terugkijken over drie weken", "we vragen vijf leerlingen"));
        int replies = 0;
        for (int i = 0; i < turns.size(); i++) {
            say(i % 2 == 0 ? a : b, conversation, turns.get(i));
            replies += i == 0 || i == turns.size() - 1 ? 3 : 1; // a welcome first; the spiegel, its card and summary last
            reply(conversation, replies);
        }
        assertThat(text(reply(conversation, replies - 2))).startsWith("De spiegel is klaar").contains("Op ");

        Document stored;
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            stored = client.getDatabase("hgw").getCollection(MongoReminderRepository.COLLECTION)
                .find(Filters.eq("teamId", conversation)).first();
        }
        assertThat(stored).as("one reminder scheduled").isNotNull();
        LocalDate due = LocalDate.parse(stored.getString("due"));
        assertThat(due).as("a school day after today").isAfter(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        Clock dueDay = Clock.fixed(due.atTime(10, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(), ZoneOffset.UTC);
        CompletableFuture<Integer> onA = CompletableFuture.supplyAsync(() -> scheduler(a, dueDay).sendDue());
        CompletableFuture<Integer> onB = CompletableFuture.supplyAsync(() -> scheduler(b, dueDay).sendDue());
        assertThat(onA.get() + onB.get()).as("sent by exactly one instance").isEqualTo(1);
        replies++;
        assertThat(texts(card(reply(conversation, replies)))).contains("**Wat:** bij elke les het doel op het bord",
            "Hoe ging het? Wat zagen en hoorden jullie?");
        assertThat(scheduler(a, dueDay).sendDue() + scheduler(b, dueDay).sendDue()).as("not again").isZero();

        say(b, conversation, "vier van de vijf kenden het doel");
        replies++;
        assertThat(text(reply(conversation, replies))).startsWith("Dank je! Opgeslagen bij de spiegel van");
        assertThat(STUB.repliesTo(conversation)).as("one reminder, one answer, nothing else").hasSize(replies);
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document spiegel = client.getDatabase("hgw").getCollection("spiegels")
                .find(Filters.eq("teamId", conversation)).first();
            assertThat(spiegel.getList("evaluation", Document.class)).extracting(entry -> entry.getString("text"))
                .containsExactly("vier van de vijf kenden het doel");
        }
    }

    /** A scheduler with that instance's store, adapter and bot, at a clock the test sets. */
    private static ReminderScheduler scheduler(ConfigurableApplicationContext instance, Clock clock) {
        return new ReminderScheduler(instance.getBean(MongoReminderRepository.class),
            new ProactiveSender(instance.getBean(HgwAdapter.class), instance.getBean(HgwBot.class), ""),
            instance.getBean(ReminderSettings.class), clock);
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(HgwBotApplication.class).run("--server.port=0",
            "--hgw.mongodb.uri=" + mongo.connectionString(), "--hgw.data-dir=" + dataDir, "--MicrosoftAppId=");
    }

    private static void say(ConfigurableApplicationContext instance, String conversation, String text) {
        Activities.accepted(instance, Activities.message(conversation, "webchat", STUB.serviceUrl(), text));
    }



    private static JsonNode reply(String conversation, int n) {
        return replies(conversation, n).get(n - 1);
    }

    private static List<JsonNode> replies(String conversation, int atLeast) {
        await().atMost(Duration.ofSeconds(20)).until(() -> STUB.repliesTo(conversation).size() >= atLeast);
        return Replies.of(STUB, conversation);
    }
}
