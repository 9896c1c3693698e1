package nl.hgw.bot.storage;

import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.StoreItem;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.result.UpdateResult;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.hgw.bot.HgwProperties.StateFormat;
import nl.hgw.dialogs.pupil.TeamScope;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bot state (conversation and user state, keyed as the SDK builds the keys, e.g.
 * {@code msteams/conversations/<id>}) in the MongoDB collection {@value #COLLECTION}, one
 * document per key: {@code {_id, eTag, type, state, updatedAt, tenantId, teamId}}; {@code state}
 * is JSON text, or with {@link StateFormat#DOCUMENT} a tree of documents (both are read). The owner
 * fields come from the state's {@link StateOwner} (user state has no {@code teamId}), so a
 * team's or a tenant's state can be deleted.
 *
 * <p>Optimistic concurrency: a value carries the eTag it was read with (a
 * {@link StoreItem}'s eTag, or the {@code "eTag"} entry of a state map). A write with an
 * eTag succeeds only while the stored document still has it, else it fails with
 * {@link ETagConflictException}; a missing eTag or {@code "*"} overwrites. After a write the
 * value carries its new eTag. So several bot instances can share one database.
 *
 * <p>Calls block and return completed futures: the SDK's state accessors read the cache
 * right after asking for a load, so the load must be done by then.
 */
public final class MongoStorage implements Storage {

    /** The collection holding all bot state. */
    public static final String COLLECTION = "botState";

    static final String ETAG = "eTag";

    private static final Logger LOG = LoggerFactory.getLogger(MongoStorage.class);

    private static final String ID = "_id";

    private static final String TYPE = "type";

    private static final String STATE = "state";

    private static final String UPDATED_AT = "updatedAt";

    static final String TENANT = "tenantId";

    static final String TEAM = "teamId";

    private final MongoCollection<BsonDocument> collection;

    private final StateCodec codec = new StateCodec();

    private final StateFormat format;

    private volatile boolean indexesCreated;

    public MongoStorage(MongoDatabase database) {
        this(database, StateFormat.TEXT);
    }

    /** Writes state in {@code format}; reads both. */
    public MongoStorage(MongoDatabase database, StateFormat format) {
        this.collection = database.getCollection(COLLECTION, BsonDocument.class);
        this.format = format;
    }

    /**
     * Creates the indexes the storage relies on; safe to call on every start. When the
     * database is unreachable it only logs: the first write tries again, and the health
     * check reports the outage meanwhile.
     */
    public void createIndexes() {
        try {
            ensureIndexes();
        } catch (MongoException e) {
            LOG.warn("Could not create the indexes of '{}' now ({}); will retry on the first write", COLLECTION,
                e.getClass().getSimpleName());
        }
    }

    private void ensureIndexes() {
        if (!indexesCreated) {
            // for a retention purge by age (a later issue); the embedded server ignores it
            collection.createIndex(Indexes.ascending(UPDATED_AT), new IndexOptions().name("updatedAt"));
            collection.createIndex(Indexes.ascending(TENANT, TEAM), new IndexOptions().name("owner"));
            indexExactWriteFilter();
            indexesCreated = true;
        }
    }

    /**
     * The write's filter {@code {_id, eTag}}: the embedded server uses an index only for a filter on
     * exactly its fields, and otherwise reads every state document. MongoDB finds the document by
     * {@code _id} anyway, and a service that creates unique indexes only on empty collections (Cosmos
     * DB) refuses it on an existing one: then it is not needed, and the storage goes on without it.
     */
    private void indexExactWriteFilter() {
        try {
            collection.createIndex(Indexes.ascending(ID, ETAG), new IndexOptions().name("id_etag").unique(true));
        } catch (MongoException e) {
            LOG.info("Index 'id_etag' of '{}' not created ({}); writes find their document by _id",
                COLLECTION, e.getClass().getSimpleName());
        }
    }

    /**
     * Reads the items stored under the given keys; keys with nothing stored are left out.
     */
    @Override
    public CompletableFuture<Map<String, Object>> read(String[] keys) {
        try {
            Map<String, Object> items = new HashMap<>();
            if (keys == null) {
                throw new IllegalArgumentException("keys cannot be null");
            }
            if (keys.length == 0) {
                return CompletableFuture.completedFuture(items);
            }
            for (BsonDocument document : collection.find(Filters.in(ID, Arrays.asList(keys)))) {
                Object value = decode(document);
                setETag(value, document.getString(ETAG).getValue());
                items.put(document.getString(ID).getValue(), value);
            }
            return CompletableFuture.completedFuture(items);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Writes the items, each under its key, checking each one's eTag as described above.
     */
    @Override
    public CompletableFuture<Void> write(Map<String, Object> changes) {
        try {
            if (changes == null) {
                throw new IllegalArgumentException("changes cannot be null");
            }
            ensureIndexes();
            for (Map.Entry<String, Object> change : changes.entrySet()) {
                write(change.getKey(), change.getValue());
            }
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Rewrites every state stored as JSON text as a tree of documents, keeping its eTag (the same
     * state, so no writer's check fails), for a version before 2026-11-25 to read; returns how many.
     * A state changed meanwhile is left as its writer stored it. When the database is unreachable it
     * only logs: the next start tries again.
     */
    public long rewriteTextAsDocuments() {
        long rewritten = 0;
        try {
            for (BsonDocument stored : collection.find()) {
                BsonValue state = stored.get(STATE);
                if (state == null || !state.isString()) {
                    continue;
                }
                BsonDocument converted = stored.clone();
                converted.put(STATE, codec.toDocument(state.asString().getValue()));
                Bson unchanged = Equal.fields(ID, stored.getString(ID).getValue(), ETAG,
                    stored.getString(ETAG).getValue());
                rewritten += collection.replaceOne(unchanged, converted).getModifiedCount();
            }
            LOG.info("{} bot state(s) stored as text rewritten as documents", rewritten);
        } catch (MongoException e) {
            LOG.warn("Could not rewrite the text states of '{}' as documents now ({}); the next start tries again",
                COLLECTION, e.getClass().getSimpleName());
        }
        return rewritten;
    }

    /** The stored state: JSON text, or a document as versions before 2026-11-25 stored it. */
    private Object decode(BsonDocument document) {
        String className = document.getString(TYPE).getValue();
        BsonValue state = document.get(STATE);
        if (state != null && state.isDocument()) {
            return codec.decode(className, state.asDocument());
        }
        return codec.decode(className, document.getString(STATE).getValue());
    }

    /** Deletes the items stored under the given keys; unknown keys are ignored. */
    @Override
    public CompletableFuture<Void> delete(String[] keys) {
        try {
            if (keys == null) {
                throw new IllegalArgumentException("keys cannot be null");
            }
            if (keys.length > 0) {
                collection.deleteMany(Filters.in(ID, List.of(keys)));
            }
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void write(String key, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("Cannot store null under '" + key + "'");
        }
        String expected = eTag(value);
        String next = UUID.randomUUID().toString();
        BsonDocument document = new BsonDocument(ID, new BsonString(key))
            .append(ETAG, new BsonString(next))
            .append(TYPE, new BsonString(value.getClass().getName()))
            .append(STATE, format == StateFormat.DOCUMENT ? codec.encodeDocument(value)
                : new BsonString(codec.encode(value)))
            .append(UPDATED_AT, new BsonDateTime(System.currentTimeMillis()));
        if (value instanceof Map<?, ?> map && map.get(StateOwner.KEY) instanceof StateOwner owner) {
            document.append(TENANT, new BsonString(owner.tenantId()));
            if (owner.teamId() != null) {
                document.append(TEAM, new BsonString(owner.teamId()));
            }
        }
        if (expected == null || expected.isEmpty() || "*".equals(expected)) {
            collection.replaceOne(Filters.eq(ID, key), document, new ReplaceOptions().upsert(true));
        } else {
            Bson unchanged = Equal.fields(ID, key, ETAG, expected);
            UpdateResult result = collection.replaceOne(unchanged, document);
            if (result.getMatchedCount() == 0) {
                throw new ETagConflictException(key);
            }
        }
        setETag(value, next);
    }

    /** Deletes the conversation state of a team (drafts, the dialogs' place); returns how many. */
    public static long deleteAllOfTeam(MongoDatabase database, TeamScope team) {
        return database.getCollection(COLLECTION).deleteMany(Equal.team(team)).getDeletedCount();
    }

    /** Deletes all conversation and user state of a tenant; returns how many. */
    public static long deleteAllOfTenant(MongoDatabase database, String tenantId) {
        return database.getCollection(COLLECTION).deleteMany(Filters.eq(TENANT, tenantId)).getDeletedCount();
    }

    static String eTag(Object value) {
        if (value instanceof StoreItem item) {
            return item.getETag();
        }
        if (value instanceof Map<?, ?> map && map.get(ETAG) instanceof String tag) {
            return tag;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static void setETag(Object value, String eTag) {
        if (value instanceof StoreItem item) {
            item.setETag(eTag);
        } else if (value instanceof Map<?, ?> map) {
            try {
                ((Map<String, Object>) map).put(ETAG, eTag);
            } catch (UnsupportedOperationException immutable) {
                // an immutable map cannot carry its eTag: its next write simply overwrites
            }
        }
    }
}
