package nl.hgw.bot.storage;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TTL index named {@value #NAME} that lets a real MongoDB drop a document {@code retention}
 * after its last change; a changed retention is applied with {@code collMod}. The embedded server
 * has no {@code collMod} and ignores TTL indexes: the retention purge covers it there.
 */
final class RetentionIndex {

    static final String NAME = "retention";

    private static final Logger LOG = LoggerFactory.getLogger(RetentionIndex.class);

    private RetentionIndex() {
    }

    /** Creates the index on {@code field}, or changes its expiry; throws what the driver throws when the database is away. */
    static void ensure(MongoDatabase database, String collection, String field, Duration retention) {
        MongoCollection<Document> documents = database.getCollection(collection);
        long seconds = retention.toSeconds();
        Document existing = documents.listIndexes().into(new ArrayList<>()).stream()
            .filter(index -> NAME.equals(index.getString("name"))).findFirst().orElse(null);
        if (existing == null) {
            documents.createIndex(Indexes.ascending(field),
                new IndexOptions().name(NAME).expireAfter(seconds, TimeUnit.SECONDS));
        } else if (existing.get("expireAfterSeconds") instanceof Number current && current.longValue() != seconds) {
            try {
                database.runCommand(new Document("collMod", collection).append("index",
                    new Document("name", NAME).append("expireAfterSeconds", seconds)));
            } catch (MongoCommandException e) {
                LOG.debug("Retention index of '{}' not changed ({})", collection, e.getErrorCodeName());
            }
        }
    }
}
