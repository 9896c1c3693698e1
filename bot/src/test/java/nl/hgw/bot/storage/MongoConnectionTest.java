package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import java.nio.file.Path;
import java.time.Duration;
import nl.hgw.bot.HgwProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client to {@code MONGODB_URI}: majority writes unless the URI says otherwise. */
class MongoConnectionTest {

    @TempDir
    Path dataDir;

    private EmbeddedMongo server;

    @BeforeEach
    void start() {
        server = EmbeddedMongo.start(dataDir.resolve("server"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void writesWaitForAMajorityOfTheReplicaSetByDefault() {
        try (MongoConnection connection = MongoConnection.open(properties(server.connectionString()))) {
            assertThat(connection.client().getDatabase("hgw").getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
            connection.client().getDatabase("hgw").getCollection("probe").insertOne(new org.bson.Document("a", 1));
        }
    }

    @Test
    void aWriteConcernInTheUriIsKept() {
        try (MongoConnection connection = MongoConnection.open(properties(server.connectionString() + "/?w=1"))) {
            assertThat(connection.client().getDatabase("hgw").getWriteConcern()).isEqualTo(WriteConcern.W1);
        }
    }

    private HgwProperties properties(String uri) {
        return new HgwProperties(dataDir, new HgwProperties.Mongodb(uri, "hgw", Duration.ofSeconds(5)), "", "", 365);
    }
}
