package nl.hgw.bot.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of the embedded server ({@link EmbeddedMongo}), changed in two ways.
 *
 * <p>It commits after every write command, before the answer goes out (the H2 store by itself
 * commits about once a second). (The bot's driver could commit after each answer instead,
 * but a command listener makes the driver decode every command it sends, and it only logs a
 * listener's failure.) A commit that fails answers the write with an error, so the bot tells the
 * user the turn was not stored. Writes that arrive while a commit runs share the next one
 * ({@link GroupCommit}).
 *
 * <p>Its unique indexes keep their keys in {@link IndexKeyOrder}; one written by an earlier version
 * is put in that order when the database opens, in one commit: the store's own commits wait
 * meanwhile, so a crash leaves the index as it was or in order, never half-written.
 */
final class EmbeddedBackend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findAndModify",
        "findandmodify", "createIndexes", "dropIndexes", "create", "drop", "dropDatabase");

    private static final IndexKeyOrder KEY_ORDER = new IndexKeyOrder();

    private final GroupCommit commits = new GroupCommit(this::commit);

    EmbeddedBackend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document answer = super.handleMessage(message);
        Iterator<String> keys = message.getDocument().keySet().iterator();
        if (keys.hasNext() && WRITE_COMMANDS.contains(keys.next())) {
            commits.afterWrite();
        }
        return answer;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * A database whose unique indexes are {@link H2KeyIndex}es. An inner class: H2Database's
     * constructor opens the indexes before a field of a subclass would be set, so the store comes
     * from the enclosing backend.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        /** The map H2Database would open (same name, so dropping the index removes it), in our key order. */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            MVStore store = getMvStore();
            MVMap<KeyValue, Object> map = store.openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                new MVMap.Builder<KeyValue, Object>().keyType(KEY_ORDER));
            int ownCommits = store.getAutoCommitDelay();
            store.setAutoCommitDelay(0);
            try {
                if (IndexKeyOrder.putInOrder(map)) {
                    store.commit();
                }
            } finally {
                store.setAutoCommitDelay(ownCommits);
            }
            return new H2KeyIndex(map, indexName, keys, sparse);
        }
    }
}
