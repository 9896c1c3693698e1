package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.adapters.TestAdapter;
import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.ConversationData;
import nl.hgw.dialogs.HgwBot;
import nl.hgw.dialogs.Role;
import nl.hgw.dialogs.UserProfile;
import nl.hgw.dialogs.pupil.NoteEngine;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.nlp.reformulate.Reformulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a teacher entered survives the database going away in the middle of a note. */
class OutageTolerantStorageTest {

    private static NoteEngine engine;

    @TempDir
    Path dataDir;

    private EmbeddedMongo server;

    private MongoClient client;

    private final Outage outage = new Outage();

    private Storage storage;

    private PupilRepository pupils;

    @BeforeEach
    void open() {
        server = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.connectionString())).build());
        MongoStorage mongo = new MongoStorage(client.getDatabase("hgw"));
        storage = new OutageTolerantStorage(outage.around(mongo), Duration.ZERO, false);
        pupils = outage.around(new MongoPupilRepository(client.getDatabase("hgw"), Duration.ofDays(365), Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void keepsWritesInMemoryAndWritesThemWhenTheDatabaseIsBack() {
        storage.write(Map.of("c1", state(false))).join();
        assertThat(welcomed(storage.read(new String[] {"c1"}).join())).isFalse();

        outage.down = true;
        Map<String, Object> read = storage.read(new String[] {"c1"}).join();
        ((ConversationData) ((Map<?, ?>) read.get("c1")).get("conversationData")).setWelcomed(true);
        storage.write(read).join();
        assertThat(welcomed(storage.read(new String[] {"c1"}).join())).as("from memory").isTrue();

        outage.down = false;
        assertThat(welcomed(storage.read(new String[] {"c1"}).join())).as("written back").isTrue();
        assertThat(((OutageTolerantStorage) storage).hasPending()).isFalse();
        MongoStorage direct = new MongoStorage(client.getDatabase("hgw"));
        assertThat(welcomed(direct.read(new String[] {"c1"}).join())).as("in the database").isTrue();
    }

    @Test
    void aConversationNeverSeenFailsDuringAnOutage() {
        outage.down = true;
        assertThatThrownBy(() -> storage.read(new String[] {"unknown"}).join())
            .hasRootCauseInstanceOf(MongoTimeoutException.class);
    }

    @Test
    void aChangeByAnotherInstanceMeanwhileWins() {
        storage.write(Map.of("c1", state(false))).join();
        Map<String, Object> read = storage.read(new String[] {"c1"}).join();
        outage.down = true;
        storage.write(read).join();
        outage.down = false;
        MongoStorage otherInstance = new MongoStorage(client.getDatabase("hgw"));
        writeWelcomed(otherInstance, true);

        assertThat(welcomed(storage.read(new String[] {"c1"}).join())).isTrue();
    }

    @Test
    void onTheEmbeddedDatabaseARememberedStateIsReadFromMemory() {
        Reads reads = new Reads(outage.around(new MongoStorage(client.getDatabase("hgw"))));
        OutageTolerantStorage onlyWriter = new OutageTolerantStorage(reads, Duration.ZERO, true);
        onlyWriter.write(Map.of("c1", state(true))).join();

        assertThat(welcomed(onlyWriter.read(new String[] {"c1"}).join())).isTrue();
        assertThat(welcomed(onlyWriter.read(new String[] {"c1"}).join())).isTrue();
        assertThat(reads.count).as("database reads of a state this process wrote").isZero();

        assertThat(onlyWriter.read(new String[] {"c2"}).join()).isEmpty();
        assertThat(reads.count).as("a state never seen is looked up").isEqualTo(1);
    }

    @Test
    void withOtherInstancesEveryReadGoesToTheDatabase() {
        Reads reads = new Reads(outage.around(new MongoStorage(client.getDatabase("hgw"))));
        OutageTolerantStorage shared = new OutageTolerantStorage(reads, Duration.ZERO, false);
        shared.write(Map.of("c1", state(true))).join();

        shared.read(new String[] {"c1"}).join();
        shared.read(new String[] {"c1"}).join();

        assertThat(reads.count).isEqualTo(2);
    }

    @Test
    void aStateTheRetentionPurgeDeletedIsNotReadFromMemoryAgain() {
        OutageTolerantStorage onlyWriter = new OutageTolerantStorage(new MongoStorage(client.getDatabase("hgw")),
            Duration.ZERO, true);
        onlyWriter.write(Map.of("c1", state(true))).join();
        Clock yearLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(400));

        RetentionPurge.Result purged = new RetentionPurge(new MongoPupilRepository(client.getDatabase("hgw"),
            Duration.ofDays(365), yearLater), client.getDatabase("hgw"), Duration.ofDays(365), yearLater,
            onlyWriter::forgetAll).purge();

        assertThat(purged.states()).isEqualTo(1);
        assertThat(onlyWriter.read(new String[] {"c1"}).join()).as("deleted, also from memory").isEmpty();
    }

    @Test
    void aStateWrittenAgainAfterAReadFromMemoryKeepsItsETagCheck() {
        MongoStorage database = new MongoStorage(client.getDatabase("hgw"));
        OutageTolerantStorage onlyWriter = new OutageTolerantStorage(database, Duration.ZERO, true);
        onlyWriter.write(Map.of("c1", state(false))).join();

        for (boolean welcomed : List.of(true, false, true)) {
            writeWelcomed(onlyWriter, welcomed);
        }

        assertThat(welcomed(database.read(new String[] {"c1"}).join())).isTrue();
    }

    @Test
    void aStateChangedBehindTheMemoryIsReadFromTheDatabaseAfterItsConflict() {
        Reads reads = new Reads(new MongoStorage(client.getDatabase("hgw")));
        OutageTolerantStorage onlyWriter = new OutageTolerantStorage(reads, Duration.ZERO, true);
        onlyWriter.write(Map.of("c1", state(false))).join();
        writeWelcomed(new MongoStorage(client.getDatabase("hgw")), true);

        Map<String, Object> stale = onlyWriter.read(new String[] {"c1"}).join();
        assertThatThrownBy(() -> onlyWriter.write(stale).join()).hasCauseInstanceOf(ETagConflictException.class);
        int readsBefore = reads.count;

        assertThat(welcomed(onlyWriter.read(new String[] {"c1"}).join())).as("the database's version").isTrue();
        assertThat(reads.count).isEqualTo(readsBefore + 1);
    }

    @Test
    void aReadThatMeetsThePurgeDoesNotPutWhatItReadBackIntoMemory() {
        OutageTolerantStorage[] onlyWriter = new OutageTolerantStorage[1];
        Reads reads = new Reads(new MongoStorage(client.getDatabase("hgw")), () -> onlyWriter[0].forgetAll());
        onlyWriter[0] = new OutageTolerantStorage(reads, Duration.ZERO, true);
        new MongoStorage(client.getDatabase("hgw")).write(Map.of("c1", state(true))).join();

        onlyWriter[0].read(new String[] {"c1"}).join();
        onlyWriter[0].read(new String[] {"c1"}).join();

        assertThat(reads.count).as("a purge ran during each read: nothing read was remembered").isEqualTo(2);
    }

    /** Counts the reads that reach the storage underneath. */
    private static final class Reads implements Storage {

        private final Storage real;

        /** Runs after each read has its result, before the caller sees it. */
        private final Runnable afterRead;

        int count;

        Reads(Storage real) {
            this(real, () -> { });
        }

        Reads(Storage real, Runnable afterRead) {
            this.real = real;
            this.afterRead = afterRead;
        }

        @Override
        public CompletableFuture<Map<String, Object>> read(String[] keys) {
            count++;
            Map<String, Object> items = real.read(keys).join();
            afterRead.run();
            return CompletableFuture.completedFuture(items);
        }

        @Override
        public CompletableFuture<Void> write(Map<String, Object> changes) {
            return real.write(changes);
        }

        @Override
        public CompletableFuture<Void> delete(String[] keys) {
            return real.delete(keys);
        }
    }

    @Test
    void aTeacherInTheMiddleOfANoteLosesNothingAndSavesWithOpslaan() {
        TestAdapter adapter = new TestAdapter();
        adapter.setLocale("nl-NL");
        adapter.conversationReference().getConversation().setId("convo1");
        seedWelcomedTeacher();
        Activity submit = adapter.makeActivity();
        submit.setText(null);
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            new TestFlow(adapter, bot()::onTurn)
                .send("Joost pikt instructies onvoldoende op en maakt ruzie in de pauze.")
                .assertReply(reply -> {
                    assertThat(reply.getText()).startsWith("Eerst het doel");
                    outage.down = true;
                })
                .send("de rekeninstructie volgen en daarna zelfstandig aan de slag gaan")
                .assertReply(reply -> submit.setValue(submitOf(reply)))
                .send(submit)
                .assertReply(reply -> assertThat(reply.getAttachments()).hasSize(1))
                .send("1")
                .assertReply(reply -> assertThat(reply.getAttachments()).hasSize(1))
                .send("overslaan")
                .assertReply(reply -> {
                    assertThat(reply.getText()).startsWith("Ik kan je gegevens nu niet opslaan; probeer het zo nog eens"
                        + " — er gaat niets verloren.");
                    outage.down = false;
                })
                .send("opslaan")
                .assertReply(reply -> assertThat(reply.getText()).isEqualTo("Opgeslagen! Dit staat er nu voor Joost:"))
                .assertReply(reply -> assertThat(reply.getAttachments()).hasSize(1))
                .startTest().join();
        } finally {
            System.setOut(out);
        }
        PupilPlan joost = pupils.find(new TeamScope("local", "convo1"), "Joost").orElseThrow();
        assertThat(joost.goal()).isEqualTo("de rekeninstructie volgen en daarna zelfstandig aan de slag gaan");
        assertThat(joost.needs()).hasSizeGreaterThanOrEqualTo(2);
    }

    private HgwBot bot() {
        return new HgwBot(OwnedBotState.conversation(storage), OwnedBotState.user(storage), engine(), pupils,
            new nl.hgw.dialogs.report.ReportDesk(new nl.hgw.documents.DocumentReader(
                nl.hgw.documents.DocumentLimits.defaults()), new nl.hgw.nlp.report.ReportReformulator(Reformulator.load()),
                (turn, attachment, max) -> new byte[0], (team, name, type, content) -> java.net.URI.create("https://x.test/"),
                java.time.Clock.systemUTC()),
            new MongoSpiegelRepository(client.getDatabase("hgw"), Duration.ofDays(365), Clock.systemUTC()),
            new nl.hgw.bot.reminder.MongoReminderRepository(client.getDatabase("hgw"), java.time.ZoneId.of("Europe/Amsterdam"),
                Clock.systemUTC(), Duration.ofDays(365)),
            new MongoGroupRepository(client.getDatabase("hgw"), Duration.ofDays(365), Clock.systemUTC()), Clock.systemUTC());
    }

    private static synchronized NoteEngine engine() {
        if (engine == null) {
            engine = new NoteEngine(Reformulator.load());
        }
        return engine;
    }

    private void seedWelcomedTeacher() {
        UserProfile profile = new UserProfile();
        profile.setRole(Role.TEACHER);
        storage.write(Map.of("test/conversations/convo1", state(true),
            "test/users/user1", new HashMap<>(Map.of("userProfile", profile)))).join();
    }

    /** The needs card's "Klaar, verder" with every input as shown. */
    private static Map<String, Object> submitOf(Activity reply) {
        JsonNode card = Serialization.objectToTree(reply.getAttachments().get(0).getContent());
        Map<String, Object> value = new HashMap<>();
        collect(card, value);
        value.put("hgwCard", "needs");
        value.put("hgwAction", "done");
        return value;
    }

    private static void collect(JsonNode node, Map<String, Object> value) {
        if (node.path("type").asText().startsWith("Input.")) {
            value.put(node.path("id").asText(), node.path("value").asText(""));
        }
        node.forEach(child -> collect(child, value));
    }

    private static Map<String, Object> state(boolean welcomed) {
        ConversationData data = new ConversationData();
        data.setWelcomed(welcomed);
        return new HashMap<>(Map.of("conversationData", data));
    }

    /** Reads conversation c1 from the storage, sets whether it was welcomed and writes it back. */
    private static void writeWelcomed(Storage storage, boolean welcomed) {
        Map<String, Object> read = storage.read(new String[] {"c1"}).join();
        ((ConversationData) ((Map<?, ?>) read.get("c1")).get("conversationData")).setWelcomed(welcomed);
        storage.write(read).join();
    }

    private static boolean welcomed(Map<String, Object> read) {
        return ((ConversationData) ((Map<?, ?>) read.get("c1")).get("conversationData")).isWelcomed();
    }

    /** Switches the database off and on for the storage and the pupils alike. */
    static final class Outage {

        volatile boolean down;

        Storage around(Storage real) {
            return new Storage() {
                @Override
                public CompletableFuture<Map<String, Object>> read(String[] keys) {
                    return down ? CompletableFuture.failedFuture(new MongoTimeoutException("test: away")) : real.read(keys);
                }

                @Override
                public CompletableFuture<Void> write(Map<String, Object> changes) {
                    return down ? CompletableFuture.failedFuture(new MongoTimeoutException("test: away")) : real.write(changes);
                }

                @Override
                public CompletableFuture<Void> delete(String[] keys) {
                    return down ? CompletableFuture.failedFuture(new MongoTimeoutException("test: away")) : real.delete(keys);
                }
            };
        }

        PupilRepository around(PupilRepository real) {
            return new PupilRepository() {
                @Override
                public PupilPlan save(TeamScope team, PupilPlan plan, String authorId) {
                    check();
                    return real.save(team, plan, authorId);
                }

                @Override
                public Optional<PupilPlan> find(TeamScope team, String name) {
                    check();
                    return real.find(team, name);
                }

                @Override
                public List<PupilPlan> list(TeamScope team) {
                    check();
                    return real.list(team);
                }

                @Override
                public boolean delete(TeamScope team, String name) {
                    check();
                    return real.delete(team, name);
                }

                @Override
                public long deleteAllOfTeam(TeamScope team) {
                    check();
                    return real.deleteAllOfTeam(team);
                }

                private void check() {
                    if (down) {
                        throw new UnavailableException("test: away");
                    }
                }
            };
        }
    }
}
