package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.adapters.TestAdapter;
import com.microsoft.bot.builder.adapters.TestFlow;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turns of one conversation one after the other, over two "instances" (two locks) on one database. */
class ConversationTurnLockTest {

    @TempDir
    Path dataDir;

    private EmbeddedMongo server;

    private MongoClient client;

    @BeforeEach
    void open() {
        server = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.connectionString())).build());
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void twoInstancesRunTurnsOfOneConversationOneAfterTheOther() throws Exception {
        ConversationTurnLock a = lock(Duration.ofSeconds(20), Duration.ofSeconds(10));
        ConversationTurnLock b = lock(Duration.ofSeconds(20), Duration.ofSeconds(10));

        assertThat(eightTurnsAtOnce(a, b)).hasSize(8).containsOnly(1);
        assertThat(locks().countDocuments()).as("every lock released").isZero();
    }

    @Test
    void onTheEmbeddedDatabaseTheTurnsOfOneProcessAreOrderedInMemory() throws Exception {
        ConversationTurnLock local = new ConversationTurnLock(new LocalTurnLeases(), Duration.ofSeconds(10),
            Duration.ofSeconds(30));

        assertThat(eightTurnsAtOnce(local, local)).hasSize(8).containsOnly(1);
        assertThat(locks().countDocuments()).as("nothing written").isZero();
    }

    /** Eight turns of one conversation at once, alternately through a and b; how many ran at each start. */
    private List<Integer> eightTurnsAtOnce(ConversationTurnLock a, ConversationTurnLock b) throws Exception {
        AtomicInteger running = new AtomicInteger();
        List<Integer> overlaps = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 8; i++) {
            TestAdapter adapter = new TestAdapter().use(i % 2 == 0 ? a : b);
            adapter.conversationReference().getConversation().setId("one-conversation");
            threads.add(new Thread(() -> {
                await(start);
                new TestFlow(adapter, turn -> {
                    overlaps.add(running.incrementAndGet());
                    sleep(30);
                    running.decrementAndGet();
                    return turn.sendActivity("done").thenApply(sent -> null);
                }).send("hallo").assertReply("done").startTest().join();
            }));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        return overlaps;
    }

    @Test
    void otherConversationsDoNotWait() {
        ConversationTurnLock a = lock(Duration.ofSeconds(20), Duration.ofMillis(200));
        locks().insertOne(new Document("_id", "test/busy").append("owner", "crashed")
            .append("until", Date.from(Instant.now().plusSeconds(60))));
        TestAdapter adapter = new TestAdapter().use(a);
        adapter.conversationReference().getConversation().setId("free");
        new TestFlow(adapter, turn -> turn.sendActivity("done").thenApply(sent -> null))
            .send("hallo").assertReply("done").startTest().join();
    }

    @Test
    void aTurnThatStaysBlockedIsNotRunAndTheUserIsAskedToSendAgain() {
        ConversationTurnLock a = lock(Duration.ofSeconds(20), Duration.ofMillis(300));
        locks().insertOne(new Document("_id", "test/busy").append("owner", "other instance")
            .append("until", Date.from(Instant.now().plusSeconds(60))));
        AtomicInteger ran = new AtomicInteger();
        TestAdapter adapter = new TestAdapter().use(a);
        adapter.conversationReference().getConversation().setId("busy");
        adapter.setLocale("nl-NL");
        new TestFlow(adapter, turn -> {
            ran.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }).send("hallo").assertReply(reply -> assertThat(reply.getText()).startsWith("Een moment")
                .contains("nog een keer"))
            .startTest().join();
        assertThat(ran).hasValue(0);
        assertThat(locks().find().first().getString("owner")).as("another's lock is left alone")
            .isEqualTo("other instance");
    }

    @Test
    void aTurnTheBotStartsItselfInABusyConversationFailsWithoutAskingAnyone() {
        ConversationTurnLock a = lock(Duration.ofSeconds(20), Duration.ofMillis(300));
        locks().insertOne(new Document("_id", "test/busy-reminder").append("owner", "other instance")
            .append("until", Date.from(Instant.now().plusSeconds(60))));
        TestAdapter adapter = new TestAdapter().use(a);
        adapter.conversationReference().getConversation().setId("busy-reminder");
        AtomicInteger ran = new AtomicInteger();
        CompletableFuture<Void> reminder = adapter.continueConversation("", adapter.conversationReference(), turn -> {
            ran.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        });
        assertThat(reminder).failsWithin(Duration.ofSeconds(5));
        assertThat(ran).hasValue(0);
        assertThat(adapter.getNextReply()).as("no 'send your message again' to a team that sent nothing").isNull();
    }

    @Test
    void aLockLeftByACrashedInstanceIsTakenOverWhenItExpires() {
        Clock later = Clock.fixed(Instant.now().plusSeconds(30), ZoneOffset.UTC);
        ConversationTurnLock a = new ConversationTurnLock(new MongoTurnLeases(database(), later, Duration.ofSeconds(20)),
            Duration.ofMillis(300), Duration.ofSeconds(30));
        locks().insertOne(new Document("_id", "test/crashed").append("owner", "killed instance")
            .append("until", Date.from(Instant.now().plusSeconds(20))));
        TestAdapter adapter = new TestAdapter().use(a);
        adapter.conversationReference().getConversation().setId("crashed");
        new TestFlow(adapter, turn -> turn.sendActivity("done").thenApply(sent -> null))
            .send("hallo").assertReply("done").startTest().join();
        assertThat(locks().countDocuments()).isZero();
    }

    @Test
    void withoutTheDatabaseTheTurnRunsUnlocked() {
        client.close();
        server.close();
        MongoClient away = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.connectionString()))
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(200, TimeUnit.MILLISECONDS)).build());
        try {
            ConversationTurnLock unreachable = new ConversationTurnLock(new MongoTurnLeases(away.getDatabase("hgw"),
                Clock.systemUTC(), Duration.ofSeconds(20)), Duration.ofSeconds(1), Duration.ofSeconds(30));
            TestAdapter adapter = new TestAdapter().use(unreachable);
            new TestFlow(adapter, turn -> turn.sendActivity("done").thenApply(sent -> null))
                .send("hallo").assertReply("done")
                .send("nog een").assertReply("done")
                .startTest().join();
        } finally {
            away.close();
            server = EmbeddedMongo.start(dataDir);
            client = MongoClients.create(server.connectionString());
        }
    }

    private ConversationTurnLock lock(Duration lease, Duration wait) {
        return new ConversationTurnLock(new MongoTurnLeases(database(), Clock.systemUTC(), lease), wait,
            Duration.ofSeconds(30));
    }

    private MongoDatabase database() {
        return client.getDatabase("hgw");
    }

    private com.mongodb.client.MongoCollection<Document> locks() {
        return database().getCollection(MongoTurnLeases.COLLECTION);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
