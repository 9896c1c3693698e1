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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.dialogs.spiegel.Answer;
import nl.hgw.dialogs.spiegel.CommitmentAnswer;
import nl.hgw.dialogs.spiegel.CommitmentStep;
import nl.hgw.dialogs.spiegel.Feed;
import nl.hgw.dialogs.spiegel.Reflection;
import nl.hgw.dialogs.spiegel.Spiegel;
import nl.hgw.dialogs.spiegel.SpiegelRepository;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spiegels through the real driver against the embedded server, seeded per test; the
 * same test runs against a real MongoDB when {@code MONGODB_URI} is set.
 */
class MongoSpiegelRepositoryTest {

    private static final TeamScope TEAM_A = new TeamScope("tenant-1", "team-a");

    private static final TeamScope TEAM_B = new TeamScope("tenant-1", "team-b");

    private static final TeamScope OTHER_TENANT = new TeamScope("tenant-2", "team-a");

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 24);

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path dataDir;

    private EmbeddedMongo server;

    private MongoClient client;

    private MongoDatabase database;

    private final MongoPupilRepositoryTest.MutableClock clock = new MongoPupilRepositoryTest.MutableClock(T0);

    private MongoSpiegelRepository spiegels;

    @BeforeEach
    void open() {
        String uri = System.getenv("MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            server = EmbeddedMongo.start(dataDir);
            uri = server.connectionString();
        }
        client = MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri)).build());
        database = client.getDatabase("hgw-test-" + System.nanoTime());
        spiegels = new MongoSpiegelRepository(database, Duration.ofDays(365), clock);
        spiegels.createIndexes();
        spiegels.save(TEAM_A, full("monday"));
        spiegels.save(TEAM_A, spiegel("earlier", MONDAY.minusDays(14)));
        spiegels.save(TEAM_B, spiegel("team-b", MONDAY));
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
    void savesAndFindsASpiegelWithEveryAnswerItsAuthorAndTheCommitment() {
        Spiegel found = spiegels.find(TEAM_A, "monday").orElseThrow();

        assertThat(found).isEqualTo(full("monday"));
        assertThat(found.answers("interaction", Feed.FEED_UP)).extracting(Answer::authorName).containsExactly("Anna", "Bert");
        assertThat(found.commitment(CommitmentStep.WHAT)).map(CommitmentAnswer::text).contains("de cirkel tekenen");
    }

    @Test
    void storesOneDocumentPerSpiegelWithTeamDateAndSchemaVersion() {
        Document stored = database.getCollection(MongoSpiegelRepository.COLLECTION)
            .find(new Document("spiegelId", "monday")).first();

        assertThat(stored).isNotNull();
        assertThat(stored.getString("tenantId")).isEqualTo("tenant-1");
        assertThat(stored.getString("teamId")).isEqualTo("team-a");
        assertThat(stored.getString("date")).isEqualTo("2026-11-24");
        assertThat(stored.getInteger("schemaVersion")).isEqualTo(MongoSpiegelRepository.SCHEMA_VERSION);
        assertThat(stored.getList("answers", Document.class)).hasSize(3)
            .allSatisfy(answer -> assertThat(answer).containsKeys("principle", "feed", "text", "authorId", "authorName", "at"));
    }

    @Test
    void aSaveReplacesTheAnswersButKeepsTheReflectionsAndTheStart() {
        assertThat(spiegels.addReflection(TEAM_A, "monday", new Reflection("het werkte", "aad-anna", "Anna", T0)))
            .isTrue();
        clock.set(T0.plus(Duration.ofDays(1)));
        Spiegel changed = new Spiegel("monday", MONDAY, List.of("goals"), List.of(), List.of(), List.of(), 3, false,
            "aad-x", T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)));
        spiegels.save(TEAM_A, changed);

        Spiegel found = spiegels.find(TEAM_A, "monday").orElseThrow();
        assertThat(found.principles()).containsExactly("goals");
        assertThat(found.answers()).isEmpty();
        assertThat(found.evaluation()).extracting(Reflection::text).containsExactly("het werkte");
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(spiegels.list(TEAM_A)).hasSize(2);
    }

    @Test
    void listsTheNewestFirstAndFindsByDate() {
        assertThat(spiegels.list(TEAM_A)).extracting(Spiegel::id).containsExactly("monday", "earlier");
        assertThat(spiegels.onDate(TEAM_A, MONDAY)).extracting(Spiegel::id).containsExactly("monday");
        assertThat(spiegels.lastFinished(TEAM_A)).map(Spiegel::id).contains("monday");
        assertThat(spiegels.lastUnfinished(TEAM_A)).map(Spiegel::id).contains("earlier");
    }

    @Test
    void deletesForReal() {
        assertThat(spiegels.deleteOnDate(TEAM_A, MONDAY)).isEqualTo(1);
        assertThat(spiegels.find(TEAM_A, "monday")).isEmpty();
        assertThat(database.getCollection(MongoSpiegelRepository.COLLECTION).countDocuments(new Document("spiegelId", "monday")))
            .as("the document is gone, not flagged").isZero();
        assertThat(spiegels.delete(TEAM_A, "earlier")).isTrue();
        assertThat(spiegels.delete(TEAM_A, "earlier")).isFalse();
        assertThat(spiegels.list(TEAM_A)).isEmpty();
    }

    @Test
    void createsTheIndexesItNeeds() {
        List<String> names = new ArrayList<>();
        database.getCollection(MongoSpiegelRepository.COLLECTION).listIndexes().forEach(index -> names.add(index.getString("name")));
        assertThat(names).contains("team_spiegel", "retention");
        spiegels.createIndexes();
    }

    @Nested
    class TeamsAreIsolated {

        @Test
        void anotherTeamCannotReadChangeOrDeleteBySomeoneElsesIdOrDate() {
            assertThat(spiegels.find(TEAM_B, "monday")).isEmpty();
            assertThat(spiegels.onDate(TEAM_B, MONDAY)).extracting(Spiegel::id).containsExactly("team-b");
            assertThat(spiegels.addReflection(TEAM_B, "monday", new Reflection("x", "aad-eva", "Eva", T0))).isFalse();
            assertThat(spiegels.delete(TEAM_B, "monday")).isFalse();
            assertThat(spiegels.deleteOnDate(TEAM_B, MONDAY.minusDays(14))).isZero();

            spiegels.save(TEAM_B, spiegel("monday", MONDAY));
            assertThat(spiegels.find(TEAM_A, "monday").orElseThrow()).as("a save under the same id is team B's own")
                .isEqualTo(full("monday"));
            assertThat(spiegels.find(TEAM_A, "monday").orElseThrow().evaluation()).isEmpty();
        }

        @Test
        void theSameTeamIdInAnotherTenantIsAnotherTeam() {
            assertThat(spiegels.list(OTHER_TENANT)).isEmpty();
            assertThat(spiegels.deleteAllOfTeam(OTHER_TENANT)).isZero();
            assertThat(spiegels.deleteAllOfTeam(TEAM_A)).isEqualTo(2);
            assertThat(spiegels.list(TEAM_B)).hasSize(1);
        }

        @Test
        void anotherTenantCannotReadChangeOrDeleteByTheSameTeamIdAndSpiegelId() {
            assertThat(spiegels.find(OTHER_TENANT, "monday")).isEmpty();
            assertThat(spiegels.onDate(OTHER_TENANT, MONDAY)).isEmpty();
            assertThat(spiegels.lastFinished(OTHER_TENANT)).isEmpty();
            assertThat(spiegels.lastUnfinished(OTHER_TENANT)).isEmpty();
            assertThat(spiegels.addReflection(OTHER_TENANT, "monday", new Reflection("x", "aad-x", "X", T0))).isFalse();
            assertThat(spiegels.delete(OTHER_TENANT, "monday")).isFalse();
            assertThat(spiegels.deleteOnDate(OTHER_TENANT, MONDAY)).isZero();

            assertThat(spiegels.find(TEAM_A, "monday")).contains(full("monday"));
        }

        @Test
        void idsThatLookLikeQueriesOrPatternsMatchNothing() {
            for (String guess : List.of(".*", "^m", "{\"$ne\": null}", "$ne", "mon")) {
                assertThat(spiegels.find(TEAM_B, guess)).as(guess).isEmpty();
                assertThat(spiegels.delete(TEAM_B, guess)).as(guess).isFalse();
                assertThat(spiegels.addReflection(TEAM_B, guess, new Reflection("x", "aad-x", "X", T0))).as(guess).isFalse();
            }
            assertThat(spiegels.list(TEAM_A)).hasSize(2);
        }

        @Test
        void deletingATenantDeletesEveryTeamOfItAndNothingElse() {
            spiegels.save(OTHER_TENANT, spiegel("monday", MONDAY));

            assertThat(spiegels.deleteAllOfTenant("tenant-1")).isEqualTo(3);

            assertThat(database.getCollection(MongoSpiegelRepository.COLLECTION)
                .countDocuments(new Document("tenantId", "tenant-1"))).as("gone from the collection, not flagged").isZero();
            assertThat(spiegels.list(OTHER_TENANT)).extracting(Spiegel::id).containsExactly("monday");
        }
    }

    @Test
    void thePurgeDeletesSpiegelsNotChangedForTheRetentionPeriod() {
        clock.set(T0.plus(Duration.ofDays(200)));
        spiegels.save(TEAM_A, spiegel("later", MONDAY.plusDays(200)));
        clock.set(T0.plus(Duration.ofDays(366)));

        RetentionPurge.Result result = new RetentionPurge(new MongoPupilRepository(database, Duration.ofDays(365), clock),
            database, Duration.ofDays(365), clock, () -> { }).purge();

        assertThat(result.spiegels()).isEqualTo(3);
        assertThat(spiegels.list(TEAM_A)).extracting(Spiegel::id).containsExactly("later");
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
            MongoSpiegelRepository away = new MongoSpiegelRepository(nowhere.getDatabase("x"), Duration.ofDays(1), clock);
            assertThatThrownBy(() -> away.save(TEAM_A, full("monday")))
                .isInstanceOf(SpiegelRepository.UnavailableException.class)
                .hasMessageNotContaining("cirkel")
                .hasNoCause();
            away.createIndexes();
        }
    }

    /** A finished spiegel of one principle, answered by two teachers. */
    private static Spiegel full(String id) {
        return new Spiegel(id, MONDAY, List.of("interaction"), List.of(
                new Answer("interaction", Feed.FEED_UP, "We tekenen de cirkel", "aad-anna", "Anna", T0),
                new Answer("interaction", Feed.FEED_UP, "Wanneer lukt het wel?", "aad-bert", "Bert", T0),
                new Answer("interaction", Feed.FEED_FORWARD, "Bij één leerling beginnen", "aad-anna", "Anna", T0)),
            List.of(new CommitmentAnswer(CommitmentStep.WHAT, "de cirkel tekenen", "aad-anna", "Anna", T0)),
            List.of(), 11, true, "aad-anna", T0, T0);
    }

    /** An unfinished spiegel without answers. */
    static Spiegel spiegel(String id, LocalDate date) {
        Instant at = date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return new Spiegel(id, date, List.of("goals"), List.of(), List.of(), List.of(), 1, false, "aad-anna", at, at);
    }
}
