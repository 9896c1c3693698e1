package nl.hgw.bot.storage;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leases as documents in {@value #COLLECTION} ({@code {_id: conversation, owner, until}}), for
 * every bot instance on the database. A lease expires after {@code lease}, so a crashed instance
 * holds nobody up for longer.
 */
public final class MongoTurnLeases implements TurnLeases {

    public static final String COLLECTION = "turnLocks";

    private static final Logger LOG = LoggerFactory.getLogger(MongoTurnLeases.class);

    private static final String OWNER = "owner";

    private static final String UNTIL = "until";

    private final MongoCollection<Document> locks;

    private final Clock clock;

    private final Duration lease;

    public MongoTurnLeases(MongoDatabase database, Clock clock, Duration lease) {
        this.locks = database.getCollection(COLLECTION);
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * A TTL index clears locks that were left behind (a real MongoDB; expired ones are taken over
     * anyway). The release's filter {@code {_id, owner}} has an index of its own: the embedded server
     * uses an index only for a filter on exactly its fields, and would otherwise read every lock.
     */
    public void createIndexes() {
        try {
            locks.createIndex(Indexes.ascending(UNTIL), new IndexOptions().name("expired").expireAfter(0L,
                TimeUnit.SECONDS));
            locks.createIndex(Indexes.ascending("_id", OWNER), new IndexOptions().name("id_owner").unique(true));
        } catch (MongoException e) {
            LOG.warn("Could not create the index of '{}' now ({})", COLLECTION, e.getClass().getSimpleName());
        }
    }

    /**
     * Takes a free lock by inserting it (the common case, found by {@code _id}), else an expired one;
     * a lock held by another turn makes both collide on {@code _id}.
     */
    @Override
    public boolean tryTake(String key, String owner) {
        Date now = Date.from(clock.instant());
        Date until = Date.from(clock.instant().plus(lease));
        try {
            locks.insertOne(new Document("_id", key).append(OWNER, owner).append(UNTIL, until));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        try {
            locks.updateOne(Filters.and(Filters.eq("_id", key), Filters.lt(UNTIL, now)),
                Updates.combine(Updates.set(OWNER, owner), Updates.set(UNTIL, until)),
                new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void giveBack(String key, String owner) {
        try {
            locks.deleteOne(Equal.fields("_id", key, OWNER, owner));
        } catch (MongoException e) {
            LOG.warn("Turn lock not released, it expires by itself ({})", e.getClass().getSimpleName());
        }
    }
}
