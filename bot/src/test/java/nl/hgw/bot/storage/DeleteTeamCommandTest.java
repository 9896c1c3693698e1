package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.hgw.bot.reminder.MongoReminderRepository;
import nl.hgw.bot.report.MongoDownloadLinks;
import nl.hgw.dialogs.group.Circle;
import nl.hgw.dialogs.group.GroupLayout;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.TeamScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's delete of a whole team, against an embedded data directory. */
class DeleteTeamCommandTest {

    private static final TeamScope TEAM_A = new TeamScope("tenant-1", "team-a");

    private static final TeamScope TEAM_B = new TeamScope("tenant-1", "team-b");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final TeamScope OTHER_TENANT = new TeamScope("tenant-2", "team-a");

    @Test
    void deletesEveryPupilOfTheTeamAndPrintsHowMany() {
        withPupils(pupils -> {
            pupils.save(TEAM_A, plan("Joost"), "aad-1");
            pupils.save(TEAM_A, plan("Fatima"), "aad-1");
            pupils.save(TEAM_B, plan("Daan"), "aad-2");
        });
        withSpiegels(spiegels -> {
            spiegels.save(TEAM_A, MongoSpiegelRepositoryTest.spiegel("s-a", java.time.LocalDate.of(2026, 11, 24)));
            spiegels.save(TEAM_B, MongoSpiegelRepositoryTest.spiegel("s-b", java.time.LocalDate.of(2026, 11, 24)));
        });
        withGroups(groups -> {
            groups.save(TEAM_A, GroupLayout.empty().withMove("joost", Circle.INTENSIVE), "aad-1");
            groups.save(TEAM_B, GroupLayout.empty().withName(Circle.HEAD, "Rekengroep"), "aad-2");
        });
        withDatabase(database -> database.getCollection(MongoDownloadLinks.COLLECTION).insertMany(List.of(
            new org.bson.Document("_id", "t1").append("tenantId", "tenant-1").append("teamId", "team-a"),
            new org.bson.Document("_id", "t2").append("tenantId", "tenant-1").append("teamId", "team-b"))));
        withDatabase(database -> database.getCollection(MongoReminderRepository.COLLECTION).insertMany(List.of(
            new org.bson.Document("_id", "r1").append("tenantId", "tenant-1").append("teamId", "team-a"),
            new org.bson.Document("_id", "r2").append("tenantId", "tenant-1").append("teamId", "team-b"))));
        withDatabase(database -> new MongoStorage(database).write(Map.of(
            "msteams/conversations/a", state(new StateOwner("tenant-1", "team-a")),
            "msteams/conversations/b", state(new StateOwner("tenant-1", "team-b")),
            "msteams/users/u1", state(new StateOwner("tenant-1", null)))).join());

        int exit = run("--tenant", "tenant-1", "--team", "team-a", "--data-dir", dataDir.toString());

        assertThat(exit).isZero();
        assertThat(text(out)).isEqualTo("Deleted 2 pupil(s), 1 spiegel(s), 1 group overview(s), 1 reminder(s), 1 download(s) and 1 conversation state(s) "
            + "of team team-a in tenant tenant-1.\n");
        withPupils(pupils -> {
            assertThat(pupils.list(TEAM_A)).isEmpty();
            assertThat(pupils.list(TEAM_B)).extracting(PupilPlan::name).containsExactly("Daan");
        });
        withSpiegels(spiegels -> {
            assertThat(spiegels.list(TEAM_A)).isEmpty();
            assertThat(spiegels.list(TEAM_B)).hasSize(1);
        });
        withGroups(groups -> {
            assertThat(groups.find(TEAM_A)).isEmpty();
            assertThat(groups.find(TEAM_B)).hasValueSatisfying(layout ->
                assertThat(layout.names()).containsEntry(Circle.HEAD, "Rekengroep"));
        });
        withDatabase(database -> assertThat(database.getCollection(MongoDownloadLinks.COLLECTION).find())
            .extracting(download -> download.getString("_id")).containsExactly("t2"));
        withDatabase(database -> assertThat(database.getCollection(MongoReminderRepository.COLLECTION).find())
            .extracting(reminder -> reminder.getString("_id")).containsExactly("r2"));
        withDatabase(database -> assertThat(database.getCollection(MongoStorage.COLLECTION).find())
            .extracting(state -> state.getString("_id")).containsExactlyInAnyOrder("msteams/conversations/b",
                "msteams/users/u1"));
    }

    @Test
    void allTeamsDeletesEverythingOfTheTenantAndNothingOfAnother() {
        for (TeamScope team : List.of(TEAM_A, TEAM_B, OTHER_TENANT)) {
            String tag = team.tenantId() + "-" + team.teamId();
            withPupils(pupils -> pupils.save(team, plan("Joost"), "aad-1"));
            withSpiegels(spiegels -> spiegels.save(team, MongoSpiegelRepositoryTest.spiegel("s", java.time.LocalDate.of(2026, 11, 24))));
            withGroups(groups -> groups.save(team, GroupLayout.empty().withMove("joost", Circle.DEEPENED), "aad-1"));
            for (String collection : List.of(MongoDownloadLinks.COLLECTION, MongoReminderRepository.COLLECTION)) {
                withDatabase(database -> database.getCollection(collection).insertOne(
                    new org.bson.Document("_id", tag).append("tenantId", team.tenantId()).append("teamId", team.teamId())));
            }
            withDatabase(database -> new MongoStorage(database).write(Map.of(
                "msteams/conversations/" + tag, state(new StateOwner(team.tenantId(), team.teamId())),
                "msteams/users/" + tag, state(new StateOwner(team.tenantId(), null)))).join());
        }

        int exit = run("--tenant", "tenant-1", "--all-teams");

        assertThat(exit).isZero();
        assertThat(text(out)).isEqualTo("Deleted 2 pupil(s), 2 spiegel(s), 2 group overview(s), 2 reminder(s), 2 download(s) and 4 bot state document(s) "
            + "of every team in tenant tenant-1.\n");
        withDatabase(database -> {
            for (String collection : List.of(MongoPupilRepository.COLLECTION, MongoSpiegelRepository.COLLECTION,
                    MongoGroupRepository.COLLECTION, MongoReminderRepository.COLLECTION, MongoDownloadLinks.COLLECTION, MongoStorage.COLLECTION)) {
                assertThat(database.getCollection(collection).countDocuments(new org.bson.Document("tenantId", "tenant-1")))
                    .as("%s of tenant-1, counted in the collection", collection).isZero();
                assertThat(database.getCollection(collection).countDocuments(new org.bson.Document("tenantId", "tenant-2")))
                    .as("%s of tenant-2", collection).isPositive();
            }
        });
    }

    @Test
    void needsTenantAndTeamOrAllTeams() {
        assertThat(run("--team", "team-a")).isEqualTo(2);
        assertThat(text(err)).contains("--tenant and one of --team or --all-teams are required");
        assertThat(run("--tenant", "tenant-1")).as("a tenant alone deletes nothing").isEqualTo(2);
        assertThat(run("--tenant", "tenant-1", "--team", "team-a", "--all-teams")).isEqualTo(2);
        assertThat(run("--all-teams")).isEqualTo(2);
        assertThat(run("--tenant")).isEqualTo(2);
        assertThat(run("--what", "x")).isEqualTo(2);
        assertThat(text(out)).isEmpty();
    }

    private int run(String... args) {
        return DeleteTeamCommand.run(args, Map.of("HGW_DATA_DIR", dataDir.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void withPupils(java.util.function.Consumer<MongoPupilRepository> use) {
        withDatabase(database -> use.accept(new MongoPupilRepository(database, Duration.ofDays(365), Clock.systemUTC())));
    }

    private void withSpiegels(java.util.function.Consumer<MongoSpiegelRepository> use) {
        withDatabase(database -> use.accept(new MongoSpiegelRepository(database, Duration.ofDays(365), Clock.systemUTC())));
    }

    private void withGroups(java.util.function.Consumer<MongoGroupRepository> use) {
        withDatabase(database -> use.accept(new MongoGroupRepository(database, Duration.ofDays(365), Clock.systemUTC())));
    }

    /** The embedded database in the test's data directory, open only while {@code use} runs. */
    private void withDatabase(java.util.function.Consumer<com.mongodb.client.MongoDatabase> use) {
        EmbeddedMongo server = EmbeddedMongo.start(dataDir);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            use.accept(client.getDatabase("hgw"));
        } finally {
            server.close();
        }
    }

    private static Map<String, Object> state(StateOwner owner) {
        Map<String, Object> state = new java.util.HashMap<>();
        state.put(StateOwner.KEY, owner);
        state.put("draft", "een notitie");
        return state;
    }

    private static PupilPlan plan(String name) {
        return PupilPlan.of(name, "een doel", List.of(), List.of(), null);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
