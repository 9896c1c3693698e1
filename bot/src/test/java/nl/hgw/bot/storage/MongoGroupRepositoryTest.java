package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import nl.hgw.dialogs.group.Circle;
import nl.hgw.dialogs.group.GroupLayout;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.TeamScope;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teams' group overview changes through the real driver against the embedded server; the
 * same test runs against a real MongoDB when {@code MONGODB_URI} is set.
 */
class MongoGroupRepositoryTest {

    private static final TeamScope TEAM_A = new TeamScope("tenant-1", "team-a");

    private static final TeamScope TEAM_B = new TeamScope("tenant-1", "team-b");

    private static final TeamScope OTHER_TENANT = new TeamScope("tenant-2", "team-a");

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path dataDir;

    private EmbeddedMongo server;

    private MongoClient client;

    private MongoDatabase database;

    private final MongoPupilRepositoryTest.MutableClock clock = new MongoPupilRepositoryTest.MutableClock(T0);

    private MongoGroupRepository groups;

    @BeforeEach
    void open() {
        String uri = System.getenv("MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            server = EmbeddedMongo.start(dataDir);
            uri = server.connectionString();
        }
        client = MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri)).build());
        database = client.getDatabase("hgw-test-" + System.nanoTime());
        groups = new MongoGroupRepository(database, Duration.ofDays(365), clock);
        groups.createIndexes();
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
    void storesMovesAndNamesPerTeamWithWhoAndWhen() {
        GroupLayout saved = groups.save(TEAM_A, GroupLayout.empty().withMove("joost", Circle.INTENSIVE)
            .withMove("fatima", Circle.VERY_DEEPENED).withName(Circle.HEAD, "Rekengroep"), "aad-1");

        GroupLayout found = groups.find(TEAM_A).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.moves()).containsEntry("joost", Circle.INTENSIVE).containsEntry("fatima", Circle.VERY_DEEPENED);
        assertThat(found.names()).containsExactlyEntriesOf(java.util.Map.of(Circle.HEAD, "Rekengroep"));
        assertThat(found.updatedBy()).isEqualTo("aad-1");
        assertThat(found.updatedAt()).isEqualTo(T0);
    }

    @Test
    void aSaveReplacesTheTeamsOneDocument() {
        groups.save(TEAM_A, GroupLayout.empty().withMove("joost", Circle.INTENSIVE), "aad-1");
        groups.save(TEAM_A, GroupLayout.empty().withMove("joost", Circle.HEAD), "aad-2");

        assertThat(groups.find(TEAM_A).orElseThrow().moves()).containsExactlyEntriesOf(java.util.Map.of("joost", Circle.HEAD));
        assertThat(database.getCollection(MongoGroupRepository.COLLECTION).countDocuments()).isEqualTo(1);
        Document stored = database.getCollection(MongoGroupRepository.COLLECTION).find().first();
        assertThat(stored.getString("tenantId")).isEqualTo("tenant-1");
        assertThat(stored.getString("teamId")).isEqualTo("team-a");
        assertThat(stored.getInteger("schemaVersion")).isEqualTo(MongoGroupRepository.SCHEMA_VERSION);
    }

    @Test
    void anotherTeamOrTenantSeesAndDeletesNothingOfTheTeam() {
        groups.save(TEAM_A, GroupLayout.empty().withName(Circle.DEEPENED, "Plusgroep"), "aad-1");

        assertThat(groups.find(TEAM_B)).isEmpty();
        assertThat(groups.find(OTHER_TENANT)).isEmpty();
        assertThat(groups.deleteAllOfTeam(TEAM_B)).isZero();
        assertThat(groups.deleteAllOfTeam(OTHER_TENANT)).isZero();
        assertThat(groups.deleteAllOfTenant("tenant-2")).isZero();
        assertThat(groups.find(TEAM_A)).isPresent();
        assertThat(groups.deleteAllOfTeam(TEAM_A)).isEqualTo(1);
        assertThat(groups.find(TEAM_A)).isEmpty();
    }

    @Test
    void aDatabaseThatIsAwayIsReportedWithoutDetails() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (MongoClient nowhere = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(200,
                    java.util.concurrent.TimeUnit.MILLISECONDS)).build())) {
            MongoGroupRepository away = new MongoGroupRepository(nowhere.getDatabase("x"), Duration.ofDays(1), clock);
            assertThatThrownBy(() -> away.save(TEAM_A, GroupLayout.empty().withName(Circle.HEAD, "Rekengroep"), "aad"))
                .isInstanceOf(PupilRepository.UnavailableException.class)
                .hasMessageNotContaining("Rekengroep")
                .hasNoCause();
            away.createIndexes();
        }
    }
}
