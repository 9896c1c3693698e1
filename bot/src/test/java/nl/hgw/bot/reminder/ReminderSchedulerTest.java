package nl.hgw.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.hgw.bot.storage.EmbeddedMongo;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.dialogs.reminder.Reminder;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When reminders go out, and that each goes out once, with a clock the test sets. */
class ReminderSchedulerTest {

    private static final ZoneId SCHOOL = ZoneId.of("Europe/Amsterdam");

    /** A Tuesday. */
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    private static final TeamScope TEAM = new TeamScope("tenant-1", "team-a");

    private final ReminderSettings settings = new ReminderSettings(SCHOOL, LocalTime.of(8, 0), LocalTime.of(17, 0),
        Duration.ofSeconds(60), Duration.ofMinutes(2));

    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path dataDir;

    private EmbeddedMongo server;

    private MongoClient client;

    private MongoReminderRepository reminders;

    @BeforeEach
    void open() {
        server = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(server.connectionString());
        reminders = new MongoReminderRepository(database(), SCHOOL, Clock.systemUTC(), Duration.ofDays(365));
        reminders.createIndexes();
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void aReminderGoesOutOnItsDayFromNineInSchoolHoursAndOnlyOnce() {
        reminders.schedule(reminder("r1", DUE));

        assertThat(scheduler(at(DUE.minusDays(1), 10, 0)).sendDue()).as("the day before").isZero();
        assertThat(scheduler(at(DUE, 8, 30)).sendDue()).as("before nine on the day").isZero();
        assertThat(scheduler(at(DUE, 9, 30)).sendDue()).isEqualTo(1);
        assertThat(scheduler(at(DUE, 9, 31)).sendDue()).as("sent is sent").isZero();
        assertThat(delivered).containsExactly("r1");
        assertThat(reminders.scheduled(TEAM)).isEmpty();
    }

    @Test
    void notAtNightNorInTheWeekendAndOneMissedGoesOutWhenABotIsBack() {
        LocalDate friday = LocalDate.of(2026, 12, 18);
        reminders.schedule(reminder("r1", friday));

        assertThat(scheduler(at(friday, 17, 30)).sendDue()).as("evening").isZero();
        assertThat(scheduler(at(friday.plusDays(1), 10, 0)).sendDue()).as("Saturday").isZero();
        assertThat(scheduler(at(friday.plusDays(2), 12, 0)).sendDue()).as("Sunday").isZero();
        assertThat(scheduler(at(friday.plusDays(3), 7, 0)).sendDue()).as("Monday, night").isZero();
        assertThat(scheduler(at(friday.plusDays(3), 8, 0)).sendDue()).as("Monday, the first school hour")
            .isEqualTo(1);
        assertThat(delivered).containsExactly("r1");
    }

    @Test
    void twoInstancesSendingAtOnceSendEachReminderExactlyOnce() {
        for (int i = 0; i < 20; i++) {
            reminders.schedule(reminder("r" + i, DUE));
        }
        Clock clock = at(DUE, 10, 0);
        ReminderScheduler one = scheduler(clock);
        ReminderScheduler two = scheduler(clock);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(one::sendDue);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(two::sendDue);
        assertThat(a.join() + b.join()).isEqualTo(20);
        assertThat(delivered).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void aReminderHeldByAnInstanceThatCrashedGoesOutWhenItsLeaseRunsOut() {
        reminders.schedule(reminder("r1", DUE));
        Instant crashedAt = at(DUE, 10, 0).instant();
        assertThat(reminders.claimDue(crashedAt, "crashed instance", Duration.ofMinutes(2))).isPresent();

        assertThat(scheduler(Clock.fixed(crashedAt.plusSeconds(60), SCHOOL)).sendDue()).isZero();
        assertThat(scheduler(Clock.fixed(crashedAt.plusSeconds(180), SCHOOL)).sendDue()).isEqualTo(1);
        assertThat(delivered).containsExactly("r1");
    }

    @Test
    void aFailedSendIsTriedAgainLaterAndGivenUpAfterFiveAttempts() {
        reminders.schedule(reminder("r1", DUE));
        Instant first = at(DUE, 9, 0).instant();
        for (int attempt = 0; attempt < MongoReminderRepository.MAX_ATTEMPTS; attempt++) {
            Clock clock = Clock.fixed(first.plus(ReminderScheduler.RETRY_AFTER.plusSeconds(1).multipliedBy(attempt)),
                SCHOOL);
            ReminderScheduler failing = new ReminderScheduler(reminders, reminder -> {
                throw new IllegalStateException("Connector answered 503");
            }, settings, clock);
            assertThat(failing.sendDue()).as("attempt %d", attempt + 1).isZero();
            assertThat(scheduler(Clock.fixed(clock.instant().plusSeconds(60), SCHOOL)).sendDue())
                .as("not before the retry time, attempt %d", attempt + 1).isZero();
        }
        assertThat(scheduler(at(DUE, 16, 0)).sendDue()).as("given up").isZero();
        assertThat(database().getCollection(MongoReminderRepository.COLLECTION).find().first().getString("state"))
            .isEqualTo("failed");
        assertThat(delivered).isEmpty();
    }

    @Test
    void aDocumentNoReminderCanBeMadeOfIsMarkedFailedAndTheOthersStillGoOut() {
        database().getCollection(MongoReminderRepository.COLLECTION).insertOne(new Document("_id", "broken")
            .append("tenantId", TEAM.tenantId()).append("teamId", TEAM.teamId()).append("state", "scheduled")
            .append("dueAt", java.util.Date.from(at(DUE, 9, 0).instant())).append("reference", "not a reference"));
        reminders.schedule(reminder("r1", DUE));

        assertThat(scheduler(at(DUE, 10, 0)).sendDue()).isEqualTo(1);

        assertThat(delivered).containsExactly("r1");
        assertThat(database().getCollection(MongoReminderRepository.COLLECTION)
            .find(new Document("_id", "broken")).first().getString("state")).isEqualTo("failed");
    }

    @Test
    void aCancelledReminderDoesNotGoOutAndAnotherTeamCannotCancelOrSeeIt() {
        reminders.schedule(reminder("r1", DUE));
        reminders.schedule(reminder("r2", DUE));
        TeamScope other = new TeamScope("tenant-1", "team-b");
        assertThat(reminders.cancel(other, "r1")).isFalse();
        assertThat(reminders.find(other, "r1")).isEmpty();
        assertThat(reminders.scheduled(other)).isEmpty();
        assertThat(reminders.cancel(TEAM, "r1")).isTrue();
        assertThat(scheduler(at(DUE, 10, 0)).sendDue()).isEqualTo(1);
        assertThat(delivered).containsExactly("r2");
        assertThat(MongoReminderRepository.deleteAllOfTeam(database(), TEAM)).isEqualTo(2);
        assertThat(database().getCollection(MongoReminderRepository.COLLECTION).countDocuments(new Document()))
            .isZero();
    }

    private ReminderScheduler scheduler(Clock clock) {
        return new ReminderScheduler(reminders, reminder -> delivered.add(reminder.id()), settings, clock);
    }

    private static Clock at(LocalDate day, int hour, int minute) {
        return Clock.fixed(LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(SCHOOL).toInstant(), SCHOOL);
    }

    private static Reminder reminder(String id, LocalDate due) {
        ConversationReference reference = new ConversationReference();
        reference.setChannelId("msteams");
        reference.setServiceUrl("https://smba.trafficmanager.net/emea/");
        reference.setConversation(new ConversationAccount("19:group@thread.v2"));
        reference.setBot(new ChannelAccount("28:bot", "HGW-assistent"));
        return new Reminder(id, TEAM, "spiegel-1", LocalDate.of(2026, 11, 24), due, "nl", "het doel op het bord",
            "we vragen vijf leerlingen", reference, Instant.parse("2026-11-24T10:00:00Z"));
    }

    private MongoDatabase database() {
        return client.getDatabase("hgw");
    }
}
