package nl.hgw.bot.storage;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server inside the bot (mongo-java-server with the H2 backend),
 * used when no {@code MONGODB_URI} is set. Data lives in one file under the data directory
 * and survives restarts; a second bot on the same directory fails at start (file lock).
 * The H2 store commits about once a second by itself, so {@link #commitAfterWrites()}
 * commits after every write the driver makes: a killed bot loses nothing it answered. Writes
 * that arrive while a commit runs share the next one ({@link GroupCommit}).
 * {@link #serve(Path, int)} is the same server on a fixed port for several bot processes
 * (the {@code embedded-mongo} subcommand, {@link EmbeddedMongoCommand}); it commits on the
 * server side after every write, before answering, since the bots' drivers cannot.
 */
public final class EmbeddedMongo implements AutoCloseable {

    static final String FILE_NAME = "hgw-mongo.mv";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findAndModify",
        "findandmodify", "createIndexes", "dropIndexes", "create", "drop", "dropDatabase");

    private final H2Backend backend;

    private final MongoServer server;

    private final InetSocketAddress address;

    private final GroupCommit commits;

    private EmbeddedMongo(H2Backend backend, MongoServer server, InetSocketAddress address) {
        this.backend = backend;
        this.commits = new GroupCommit(backend::commit);
        this.server = server;
        this.address = address;
    }

    /** Opens (or creates) the store in {@code dataDir} and listens on a free loopback port. */
    public static EmbeddedMongo start(Path dataDir) {
        return start(dataDir, 0, false);
    }

    /**
     * Opens (or creates) the store in {@code dataDir} and listens on 127.0.0.1:{@code port}
     * (0 = a free port), committing every write to disk before it is answered.
     */
    public static EmbeddedMongo serve(Path dataDir, int port) {
        return start(dataDir, port, true);
    }

    private static EmbeddedMongo start(Path dataDir, int port, boolean commitOnServer) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        H2Backend backend = commitOnServer ? new CommittingBackend(file.toString()) : new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        LOG.info("Embedded MongoDB on 127.0.0.1:{}, data in {}", address.getPort(), file);
        return new EmbeddedMongo(backend, server, address);
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** A driver listener that makes every successful write durable at once. */
    CommandListener commitAfterWrites() {
        return new CommandListener() {
            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                if (WRITE_COMMANDS.contains(event.getCommandName())) {
                    commits.afterWrite();
                }
            }
        };
    }

    /** The H2 backend that commits after every successful write command, before the answer goes out. */
    private static final class CommittingBackend extends H2Backend {

        private final GroupCommit commits = new GroupCommit(this::commit);

        CommittingBackend(String fileName) {
            super(fileName);
        }

        @Override
        public de.bwaldvogel.mongo.bson.Document handleMessage(de.bwaldvogel.mongo.wire.message.MongoMessage message) {
            de.bwaldvogel.mongo.bson.Document answer = super.handleMessage(message);
            java.util.Iterator<String> keys = message.getDocument().keySet().iterator();
            if (keys.hasNext() && WRITE_COMMANDS.contains(keys.next())) {
                commits.afterWrite();
            }
            return answer;
        }
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
