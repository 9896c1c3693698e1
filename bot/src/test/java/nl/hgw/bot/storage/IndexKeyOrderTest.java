package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexKeyOrderTest {

    private final IndexKeyOrder order = new IndexKeyOrder();

    @TempDir
    Path dataDir;

    /** Keys of the kinds the bot's indexes hold, and some it does not, each twice (equal, not the same). */
    private static List<KeyValue> keys() {
        List<KeyValue> keys = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            keys.add(new KeyValue("msteams/conversations/a:1"));
            keys.add(new KeyValue("msteams/conversations/a:2"));
            keys.add(new KeyValue("msteams/conversations/a:10"));
            keys.add(new KeyValue("msteams/conversations/a:1", "etag-1"));
            keys.add(new KeyValue("msteams/conversations/a:1", "etag-2"));
            keys.add(new KeyValue("tenant", "team", "joost"));
            keys.add(new KeyValue("tenant", "team", "joos"));
            keys.add(new KeyValue("tenant", "team-b", "joost"));
            keys.add(new KeyValue(new ObjectId("65a1b2c3d4e5f60718293a4b")));
            keys.add(new KeyValue(new ObjectId("65a1b2c3d4e5f60718293a4c")));
            keys.add(new KeyValue(1.0));
            keys.add(new KeyValue(2.5));
            keys.add(new KeyValue(Long.MAX_VALUE));
            keys.add(new KeyValue(true));
            keys.add(new KeyValue(new Date(1_700_000_000_000L)));
            keys.add(new KeyValue(Instant.ofEpochSecond(1_700_000_000L)));
            keys.add(new KeyValue(Collections.singletonList(null)));
            keys.add(new KeyValue(new de.bwaldvogel.mongo.bson.Document("a", 1).append("b", "x")));
            keys.add(new KeyValue(new de.bwaldvogel.mongo.bson.Document("a", 2)));
            keys.add(new KeyValue(List.of("x", "y")));
        }
        return keys;
    }

    @Test
    void keysCompareAsEqualExactlyWhenTheyAreEqualAndTheOrderIsTotal() {
        List<KeyValue> keys = keys();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = Integer.signum(order.compare(a, b));
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(order.compare(b, a))).as("%s vs %s reversed", a, b).isEqualTo(-ab);
                for (KeyValue c : keys) {
                    if (ab <= 0 && order.compare(b, c) <= 0) {
                        assertThat(order.compare(a, c)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
    }

    @Test
    void stringsCompareAsStringsNotAsTheirSerialisedBytes() {
        // serialised, a shorter string sorts first whatever its letters ("zz" before "aaa")
        assertThat(order.compare(new KeyValue("aaa"), new KeyValue("zz"))).isNegative();
        assertThat(order.compare(new KeyValue("t", "a:10"), new KeyValue("t", "a:9"))).isNegative();
    }

    @Test
    void anIndexWrittenInTheOldOrderIsPutInOrderOnceAndFindsEveryDocument() {
        Path file = dataDir.resolve(EmbeddedMongo.FILE_NAME);
        List<String> names = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            names.add("pupil-" + Integer.toString(random.nextInt(1_000_000), 36) + "-" + i);
        }
        // an earlier version: the H2 backend as it comes, keys ordered by their serialised bytes
        H2Backend old = new H2Backend(file.toString());
        MongoServer oldServer = new MongoServer(old);
        oldServer.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + oldServer.getLocalAddress().getPort())) {
            MongoCollection<Document> pupils = client.getDatabase("hgw").getCollection("pupils");
            pupils.createIndex(Indexes.ascending("tenantId", "teamId", "nameKey"),
                new IndexOptions().name("team_pupil").unique(true));
            for (String name : names) {
                pupils.insertOne(new Document("tenantId", "t").append("teamId", "team").append("nameKey", name));
            }
        } finally {
            oldServer.shutdownNow();
        }

        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> pupils = client.getDatabase("hgw").getCollection("pupils");
            for (String name : names) {
                // the unique index must find each stored key, or it would let the duplicate in
                assertThatThrownBy(() -> pupils.insertOne(new Document("tenantId", "t").append("teamId", "team")
                    .append("nameKey", name))).as(name).isInstanceOf(MongoWriteException.class);
                assertThat(pupils.find(Equal.fields("tenantId", "t", "teamId", "team", "nameKey", name)).first())
                    .as(name).isNotNull();
            }
            pupils.insertOne(new Document("tenantId", "t").append("teamId", "team").append("nameKey", "new pupil"));
            assertThat(pupils.countDocuments()).isEqualTo(names.size() + 1);
        }

        // opened again: already in order, and the new pupil is found through the index too
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> pupils = client.getDatabase("hgw").getCollection("pupils");
            assertThatThrownBy(() -> pupils.insertOne(new Document("tenantId", "t").append("teamId", "team")
                .append("nameKey", "new pupil"))).isInstanceOf(MongoWriteException.class);
            assertThat(pupils.countDocuments()).isEqualTo(names.size() + 1);
        }
    }
}
