package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.bson.Document;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's index keys keep H2's own order: every comparison gives what H2's
 * {@link ObjectDataType} gives, also when the remembered bytes are used and when their slots are
 * taken by other keys; and a data directory goes back and forth between this server and plain
 * mongo-java-server (as an earlier bot version runs it), its unique indexes still finding and
 * refusing what they should.
 */
class SerializedKeyOrderTest {

    @TempDir
    Path dataDir;

    @Test
    void comparesAsH2DoesForEveryPairOfKeys() {
        Random random = new Random(11);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(randomKey(random));
        }
        keys.add(new KeyValue(1));
        keys.add(new KeyValue(1.0));
        keys.add(new KeyValue(1L));
        keys.add(new KeyValue("a", "b"));
        keys.add(new KeyValue("a", "b"));
        ObjectDataType h2 = new ObjectDataType();
        SerializedKeyOrder ours = new SerializedKeyOrder();

        for (int pass = 0; pass < 2; pass++) {
            for (KeyValue a : keys) {
                for (KeyValue b : keys) {
                    assertThat(Integer.signum(ours.compare(a, b))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
                }
            }
        }
    }

    @Test
    void keepsComparingAsH2WhenMoreKeysThanItRemembersComeBy() {
        Random random = new Random(5);
        ObjectDataType h2 = new ObjectDataType();
        SerializedKeyOrder ours = new SerializedKeyOrder();
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 20 * SerializedKeyOrder.REMEMBERED; i++) {
            keys.add(randomKey(random));
        }
        for (int i = 0; i < 200_000; i++) {
            KeyValue a = keys.get(random.nextInt(keys.size()));
            KeyValue b = keys.get(random.nextInt(keys.size()));
            assertThat(Integer.signum(ours.compare(a, b))).isEqualTo(Integer.signum(h2.compare(a, b)));
        }
    }

    @Test
    void remembersKeysForAMinuteAtMost() {
        AtomicLong now = new AtomicLong();
        SerializedKeyOrder order = new SerializedKeyOrder(now::get);
        KeyValue pupil = new KeyValue("tenant", "team", "leerling");
        order.compare(pupil, new KeyValue("tenant", "team", "ander"));
        assertThat(order.rememberedKeys()).isEqualTo(2);

        now.addAndGet(SerializedKeyOrder.FORGET_AFTER.toNanos());
        order.compare(new KeyValue("x"), new KeyValue("y"));

        assertThat(order.rememberedKeys()).as("only the two keys of the last comparison").isEqualTo(2);
    }

    @Test
    void everyIndexOfTheEmbeddedServerComparesWithItAlsoAfterARestart() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            new MongoStorage(client.getDatabase("hgw")).createIndexes();
            client.getDatabase("hgw").getCollection("pupils").createIndex(Indexes.ascending("nameKey"),
                new IndexOptions().unique(true));
            assertThat(mongo.indexKeyTypes()).containsExactly(SerializedKeyOrder.class);
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir)) {
            assertThat(mongo.indexKeyTypes()).as("indexes opened from the file").containsExactly(SerializedKeyOrder.class);
        }
    }

    @Test
    void aDataDirectoryGoesBackAndForthBetweenThisServerAndPlainMongoJavaServer() {
        String file = dataDir.resolve(EmbeddedMongo.FILE_NAME).toString();
        withPlainServer(file, pupils -> {
            pupils.createIndex(Indexes.ascending("tenantId", "teamId", "nameKey"), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                pupils.insertOne(pupil(i));
            }
            return null;
        });

        try (EmbeddedMongo ours = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(ours.connectionString())) {
            MongoCollection<Document> pupils = client.getDatabase("hgw").getCollection("pupils");
            assertFindsAndRefuses(pupils, 500);
            for (int i = 500; i < 1000; i++) {
                pupils.insertOne(pupil(i));
            }
            assertFindsAndRefuses(pupils, 1000);
        }

        withPlainServer(file, pupils -> {
            assertFindsAndRefuses(pupils, 1000);
            return null;
        });
    }

    private static void assertFindsAndRefuses(MongoCollection<Document> pupils, int count) {
        for (int i = 0; i < count; i += 7) {
            Document key = new Document("tenantId", "t" + (i % 3)).append("teamId", "team-" + (i % 11))
                .append("nameKey", "leerling " + i);
            assertThat(pupils.find(key).first()).as("pupil %d found through the index", i).isNotNull();
        }
        assertThat(pupils.countDocuments()).isEqualTo(count);
        int refused = 0;
        for (int i = 0; i < count; i += 97) {
            try {
                pupils.insertOne(pupil(i));
            } catch (com.mongodb.MongoWriteException duplicate) {
                refused++;
            }
        }
        assertThat(refused).as("every second pupil of the same name refused").isEqualTo((count + 96) / 97);
    }

    private static Document pupil(int i) {
        return new Document("tenantId", "t" + (i % 3)).append("teamId", "team-" + (i % 11))
            .append("nameKey", "leerling " + i).append("goal", "lezen");
    }

    private static void withPlainServer(String file, Function<MongoCollection<Document>, Void> work) {
        H2Backend backend = new H2Backend(file);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", 0);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
                work.apply(client.getDatabase("hgw").getCollection("pupils"));
            }
            backend.commit();
        } finally {
            server.shutdownNow();
        }
    }

    private static KeyValue randomKey(Random random) {
        int size = 1 + random.nextInt(3);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(switch (random.nextInt(6)) {
                case 0 -> "s" + random.nextInt(1000);
                case 1 -> "naam " + "é".repeat(random.nextInt(3)) + random.nextInt(50);
                case 2 -> random.nextInt(100) - 50;
                case 3 -> (long) random.nextInt(100);
                case 4 -> random.nextDouble();
                default -> new Date(1_700_000_000_000L + random.nextInt(1000));
            });
        }
        return new KeyValue(values);
    }
}
