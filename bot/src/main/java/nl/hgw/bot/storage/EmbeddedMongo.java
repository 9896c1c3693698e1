package nl.hgw.bot.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server inside the bot (mongo-java-server with the H2 backend),
 * used when no {@code MONGODB_URI} is set. Data lives in one file under the data directory
 * and survives restarts; a second bot on the same directory fails at start (file lock).
 * The H2 store commits about once a second by itself, so the server commits after every
 * write command before it answers: a killed bot loses nothing it answered. Writes that arrive
 * while a commit runs share the next one ({@link GroupCommit}). {@link #serve(Path, int)} is
 * the same server on a fixed port for several bot processes (the {@code embedded-mongo}
 * subcommand, {@link EmbeddedMongoCommand}).
 */
public final class EmbeddedMongo implements AutoCloseable {

    static final String FILE_NAME = "hgw-mongo.mv";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findAndModify",
        "findandmodify", "createIndexes", "dropIndexes", "create", "drop", "dropDatabase");

    private final H2Backend backend;

    private final MongoServer server;

    private final InetSocketAddress address;

    private EmbeddedMongo(H2Backend backend, MongoServer server, InetSocketAddress address) {
        this.backend = backend;
        this.server = server;
        this.address = address;
    }

    /** Opens (or creates) the store in {@code dataDir} and listens on a free loopback port. */
    public static EmbeddedMongo start(Path dataDir) {
        return serve(dataDir, 0);
    }

    /**
     * Opens (or creates) the store in {@code dataDir} and listens on 127.0.0.1:{@code port}
     * (0 = a free port), committing every write to disk before it is answered.
     */
    public static EmbeddedMongo serve(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        H2Backend backend = new CommittingBackend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        LOG.info("Embedded MongoDB on 127.0.0.1:{}, data in {}", address.getPort(), file);
        return new EmbeddedMongo(backend, server, address);
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /**
     * The H2 backend that commits after every write command, before the answer goes out. (The
     * bot's driver could do it after each answer instead, but a command listener makes the driver
     * decode every command it sends, and it only logs a listener's failure.) A commit that fails
     * answers the write with an error, so the bot tells the user the turn was not stored; the
     * change may still reach the disk with the store's own commit a second later.
     */
    private static final class CommittingBackend extends H2Backend {

        private final GroupCommit commits = new GroupCommit(this::commit);

        CommittingBackend(String fileName) {
            super(fileName);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new Database(databaseName);
        }

        /**
         * H2Database with the maps of its unique indexes in {@link SerializedKeyOrder}: the same maps in
         * the same order, compared faster. An inner class: H2Database's constructor opens the indexes
         * before a field of a subclass would be set, so the store comes from the enclosing backend.
         */
        private final class Database extends H2Database {

            Database(String databaseName) {
                super(databaseName, getMvStore(), getCursorRegistry());
            }

            /** Opens the index's map with our key type first; H2Database then gets that open map. */
            @Override
            protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                    List<IndexKey> keys, boolean sparse) {
                getMvStore().openMap(indexMapName(getFullCollectionNamespace(collectionName), indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(new SerializedKeyOrder()));
                return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
            }
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
    }

    /** The name H2Database gives the map of an index (so that dropping the index removes it). */
    static String indexMapName(String collectionNamespace, String indexName) {
        return collectionNamespace + "._index_" + indexName;
    }

    /** The key types of the index maps in the store (for tests). */
    Set<Class<?>> indexKeyTypes() {
        MVStore store = backend.getMvStore();
        return store.getMapNames().stream().filter(name -> name.contains("._index_"))
            .map(name -> store.openMap(name).getKeyType().getClass()).collect(Collectors.toSet());
    }

    /** Whether writes are still waiting for the store's own commit (for tests). */
    boolean hasUncommittedChanges() {
        return backend.getMvStore().hasUnsavedChanges();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
