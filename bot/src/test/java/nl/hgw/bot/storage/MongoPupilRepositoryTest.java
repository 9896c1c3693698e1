package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import nl.hgw.dialogs.pupil.PlannedNeed;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.Reach;
import nl.hgw.dialogs.pupil.SupportKind;
import nl.hgw.dialogs.pupil.TeacherSupport;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.nlp.Category;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pupils through the real driver against the embedded server, seeded per test. The same
 * test runs against a real MongoDB when {@code MONGODB_URI} is set (see README).
 */
class MongoPupilRepositoryTest {

    private static final TeamScope TEAM_A = new TeamScope("tenant-1", "team-a");

    private static final TeamScope TEAM_B = new TeamScope("tenant-1", "team-b");

    private static final TeamScope OTHER_TENANT = new TeamScope("tenant-2", "team-a");

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    @TempDir
    Path dataDir;

    private EmbeddedMongo server;

    private MongoClient client;

    private MongoDatabase database;

    private final MutableClock clock = new MutableClock(T0);

    private MongoPupilRepository pupils;

    @BeforeEach
    void open() {
        String uri = System.getenv("MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            server = EmbeddedMongo.start(dataDir);
            uri = server.connectionString();
        }
        client = MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri)).build());
        database = client.getDatabase("hgw-test-" + System.nanoTime());
        pupils = new MongoPupilRepository(database, Duration.ofDays(365), clock);
        pupils.createIndexes();
        pupils.save(TEAM_A, joost(), "aad-anna");
        pupils.save(TEAM_A, plan("Fatima"), "aad-anna");
        pupils.save(TEAM_B, plan("Daan"), "aad-bert");
    }

    @AfterEach
    void close() {
        database.drop();
        client.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void savesAndFindsAPupilWithEverythingInIt() {
        PupilPlan found = pupils.find(TEAM_A, "Joost").orElseThrow();

        assertThat(found.name()).isEqualTo("Joost");
        assertThat(found.goal()).isEqualTo("de rekeninstructie volgen");
        assertThat(found.needs()).containsExactly(
            new PlannedNeed(Category.INSTRUCTION, "Joost heeft korte instructie nodig.", Reach.SUBGROUP_INTENSIVE,
                "instructie-niet-oppikken"),
            new PlannedNeed(Category.PARENTS, "Joost heeft ouders nodig die een herinnering krijgen.", Reach.INDIVIDUAL));
        assertThat(found.strengths()).containsExactly("energiek");
        assertThat(found.support()).isEqualTo(new TeacherSupport(List.of(SupportKind.COLLEAGUE), "20 minuten"));
        assertThat(found.createdBy()).isEqualTo("aad-anna");
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(T0);
    }

    @Test
    void storesOneDocumentWithSchemaVersionTimesAndAuthor() {
        Document stored = database.getCollection(MongoPupilRepository.COLLECTION)
            .find(new Document("nameKey", "joost")).first();

        assertThat(stored).isNotNull();
        assertThat(stored.getInteger("schemaVersion")).isEqualTo(MongoPupilRepository.SCHEMA_VERSION);
        assertThat(stored.getString("tenantId")).isEqualTo("tenant-1");
        assertThat(stored.getString("teamId")).isEqualTo("team-a");
        assertThat(stored.getDate("createdAt")).isEqualTo(Date.from(T0));
        assertThat(stored.getString("updatedBy")).isEqualTo("aad-anna");
        List<Document> needs = stored.getList("needs", Document.class);
        assertThat(needs).hasSize(2);
        assertThat(needs.get(0).getString("rule")).isEqualTo("instructie-niet-oppikken");
        assertThat(needs.get(1)).as("no rule, no field").doesNotContainKey("rule");
        assertThat(stored.get("teacherSupport", Document.class).getList("kinds", String.class)).containsExactly("colleague");
        assertThat(stored).doesNotContainKeys("note", "labels");
    }

    @Test
    void namesAreComparedIgnoringCaseAndASaveReplacesButKeepsTheFirstAuthor() {
        clock.set(T0.plus(Duration.ofDays(3)));
        pupils.save(TEAM_A, new PupilPlan("JOOST", "een nieuw doel", List.of(), List.of(), null, null, null, null, null),
            "aad-carla");

        PupilPlan found = pupils.find(TEAM_A, "  joost ").orElseThrow();
        assertThat(found.name()).isEqualTo("JOOST");
        assertThat(found.goal()).isEqualTo("een nieuw doel");
        assertThat(found.createdBy()).isEqualTo("aad-anna");
        assertThat(found.updatedBy()).isEqualTo("aad-carla");
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThat(pupils.list(TEAM_A)).hasSize(2);
    }

    @Test
    void aDocumentStoredBeforeRuleIdsWereKeptReadsAsNeedsWithoutOne() {
        database.getCollection(MongoPupilRepository.COLLECTION).insertOne(new Document("schemaVersion", 1)
            .append("tenantId", "tenant-1").append("teamId", "team-a").append("nameKey", "sara").append("name", "Sara")
            .append("goal", "een doel").append("needs", List.of(new Document("category", "feedback")
                .append("text", "Sara heeft snelle feedback nodig.").append("reach", "whole_group")))
            .append("updatedAt", Date.from(T0)));

        assertThat(pupils.find(TEAM_A, "Sara").orElseThrow().needs()).containsExactly(
            new PlannedNeed(Category.FEEDBACK, "Sara heeft snelle feedback nodig.", Reach.WHOLE_GROUP, ""));
    }

    @Test
    void listsTheTeamsPupilsByName() {
        assertThat(pupils.list(TEAM_A)).extracting(PupilPlan::name).containsExactly("Fatima", "Joost");
    }

    @Test
    void deletesForReal() {
        assertThat(pupils.delete(TEAM_A, "JOOST")).isTrue();

        assertThat(pupils.find(TEAM_A, "Joost")).isEmpty();
        assertThat(database.getCollection(MongoPupilRepository.COLLECTION).countDocuments(new Document("nameKey", "joost")))
            .as("the document is gone, not flagged").isZero();
        assertThat(pupils.delete(TEAM_A, "Joost")).isFalse();
    }

    @Test
    void createsTheIndexesItNeeds() {
        List<String> names = new ArrayList<>();
        database.getCollection(MongoPupilRepository.COLLECTION).listIndexes().forEach(index -> names.add(index.getString("name")));
        assertThat(names).contains("team_pupil");
        pupils.createIndexes();
    }

    @Nested
    class TeamsAreIsolated {

        @Test
        void teamBCannotListShowOrDeleteTeamAsPupils() {
            assertThat(pupils.list(TEAM_B)).extracting(PupilPlan::name).containsExactly("Daan");
            assertThat(pupils.find(TEAM_B, "Joost")).isEmpty();
            assertThat(pupils.delete(TEAM_B, "Joost")).isFalse();
            assertThat(pupils.find(TEAM_A, "Joost")).isPresent();
        }

        @Test
        void theSameTeamIdInAnotherTenantIsAnotherTeam() {
            assertThat(pupils.list(OTHER_TENANT)).isEmpty();
            pupils.save(OTHER_TENANT, plan("Joost"), "aad-x");
            assertThat(pupils.find(OTHER_TENANT, "Joost").orElseThrow().goal()).isEqualTo("een doel");
            assertThat(pupils.find(TEAM_A, "Joost").orElseThrow().goal()).isEqualTo("de rekeninstructie volgen");
        }

        @Test
        void deletingATeamLeavesTheOthers() {
            assertThat(pupils.deleteAllOfTeam(TEAM_A)).isEqualTo(2);

            assertThat(pupils.list(TEAM_A)).isEmpty();
            assertThat(pupils.list(TEAM_B)).hasSize(1);
        }

        @Test
        void aSaveByTeamBUnderTheSameNameIsTeamBsOwnAndChangesNothingOfTeamA() {
            PupilPlan before = pupils.find(TEAM_A, "Joost").orElseThrow();
            clock.set(T0.plus(Duration.ofDays(1)));

            pupils.save(TEAM_B, PupilPlan.of("JOOST", "iets anders", List.of(), List.of(), null), "aad-bert");
            pupils.save(OTHER_TENANT, PupilPlan.of("joost", "nog iets anders", List.of(), List.of(), null), "aad-x");

            assertThat(pupils.find(TEAM_A, "Joost")).as("goal, needs with their subgroups, strengths, support, author")
                .contains(before);
            assertThat(pupils.find(TEAM_B, "Joost").orElseThrow().goal()).isEqualTo("iets anders");
            assertThat(database.getCollection(MongoPupilRepository.COLLECTION).countDocuments(new Document("nameKey", "joost")))
                .isEqualTo(3);
        }

        @Test
        void anotherTenantCannotListShowOrDeleteByTheSameTeamIdAndName() {
            assertThat(pupils.find(OTHER_TENANT, "Joost")).isEmpty();
            assertThat(pupils.delete(OTHER_TENANT, "Joost")).isFalse();
            assertThat(pupils.deleteAllOfTeam(OTHER_TENANT)).isZero();
            assertThat(pupils.list(TEAM_A)).extracting(PupilPlan::name).containsExactly("Fatima", "Joost");
        }

        @Test
        void namesThatLookLikeQueriesOrPatternsMatchNothing() {
            for (String guess : List.of(".*", "^J", "{\"$ne\": null}", "$ne", "joost|fatima", "Joo")) {
                assertThat(pupils.find(TEAM_B, guess)).as(guess).isEmpty();
                assertThat(pupils.find(TEAM_A, guess)).as(guess).isEmpty();
                assertThat(pupils.delete(TEAM_B, guess)).as(guess).isFalse();
            }
            assertThat(pupils.list(TEAM_A)).hasSize(2);
        }

        @Test
        void deletingATenantDeletesEveryTeamOfItAndNothingElse() {
            pupils.save(OTHER_TENANT, plan("Joost"), "aad-x");

            assertThat(pupils.deleteAllOfTenant("tenant-1")).isEqualTo(3);

            assertThat(database.getCollection(MongoPupilRepository.COLLECTION).countDocuments(new Document("tenantId", "tenant-1")))
                .as("gone from the collection, not flagged").isZero();
            assertThat(pupils.list(OTHER_TENANT)).extracting(PupilPlan::name).containsExactly("Joost");
        }
    }

    @Nested
    class Retention {

        @Test
        void thePurgeDeletesWhatWasNotChangedForTheRetentionPeriod() {
            clock.set(T0.plus(Duration.ofDays(200)));
            pupils.save(TEAM_A, plan("Fatima"), "aad-anna");
            database.getCollection(MongoStorage.COLLECTION).insertMany(List.of(
                new Document("_id", "old-state").append("updatedAt", Date.from(T0)),
                new Document("_id", "new-state").append("updatedAt", Date.from(clock.instant()))));
            clock.set(T0.plus(Duration.ofDays(366)));

            AtomicInteger told = new AtomicInteger();
            RetentionPurge.Result result = new RetentionPurge(pupils, database, Duration.ofDays(365), clock,
                told::incrementAndGet).purge();

            assertThat(result).isEqualTo(new RetentionPurge.Result(2, 1));
            assertThat(told).as("told that states were deleted").hasValue(1);
            assertThat(pupils.list(TEAM_A)).extracting(PupilPlan::name).containsExactly("Fatima");
            assertThat(pupils.list(TEAM_B)).isEmpty();
            assertThat(database.getCollection(MongoStorage.COLLECTION).countDocuments()).isEqualTo(1);
        }

        @Test
        void nothingIsPurgedWithinTheRetentionPeriod() {
            clock.set(T0.plus(Duration.ofDays(364)));
            AtomicInteger told = new AtomicInteger();
            assertThat(new RetentionPurge(pupils, database, Duration.ofDays(365), clock, told::incrementAndGet).purge())
                .isEqualTo(new RetentionPurge.Result(0, 0));
            assertThat(told).hasValue(0);
        }

        @Test
        void aChangedRetentionIsAppliedToTheIndex() {
            MongoPupilRepository shorter = new MongoPupilRepository(database, Duration.ofDays(30), clock);
            shorter.createIndexes();
            assertThat(shorter.find(TEAM_A, "Joost")).isPresent();
        }
    }

    @Test
    void aDatabaseThatIsAwayIsReportedWithoutDetails() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (MongoClient nowhere = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(200, TimeUnit.MILLISECONDS)).build())) {
            MongoPupilRepository away = new MongoPupilRepository(nowhere.getDatabase("x"), Duration.ofDays(1), clock);
            assertThatThrownBy(() -> away.save(TEAM_A, joost(), "aad-anna"))
                .isInstanceOf(PupilRepository.UnavailableException.class)
                .hasMessageNotContaining("Joost")
                .hasNoCause();
            away.createIndexes();
        }
    }

    private static PupilPlan joost() {
        return PupilPlan.of("Joost", "de rekeninstructie volgen", List.of(
                new PlannedNeed(Category.INSTRUCTION, "Joost heeft korte instructie nodig.", Reach.SUBGROUP_INTENSIVE,
                    "instructie-niet-oppikken"),
                new PlannedNeed(Category.PARENTS, "Joost heeft ouders nodig die een herinnering krijgen.", Reach.INDIVIDUAL)),
            List.of("energiek"), new TeacherSupport(List.of(SupportKind.COLLEAGUE), "20 minuten"));
    }

    private static PupilPlan plan(String name) {
        return PupilPlan.of(name, "een doel", List.of(), List.of(), null);
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
