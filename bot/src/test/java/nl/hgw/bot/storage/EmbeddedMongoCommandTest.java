package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoCommandTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private EmbeddedMongo open(String... args) {
        return EmbeddedMongoCommand.open(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void servesTheDataDirAndCommitsEveryWriteBeforeAnswering() {
        try (EmbeddedMongo mongo = open("--data-dir", dataDir.toString(), "--port", "0")) {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("serving " + mongo.connectionString());
            // a plain client, without the bot's commit listener: the server commits by itself
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                client.getDatabase("hgw").getCollection("c").insertOne(new Document("_id", "a"));
                assertThat(mongo.hasUncommittedChanges()).isFalse();
                assertThat(client.getDatabase("hgw").getCollection("c").countDocuments()).isEqualTo(1);
            }
        }
        assertThat(dataDir.resolve(EmbeddedMongo.FILE_NAME)).exists();
    }

    @Test
    void wrongOptionsPrintTheUsage() {
        assertThat(open("--port")).isNull();
        assertThat(open("--port", "x")).isNull();
        assertThat(open("--dir", "x")).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(EmbeddedMongoCommand.USAGE);
    }
}
