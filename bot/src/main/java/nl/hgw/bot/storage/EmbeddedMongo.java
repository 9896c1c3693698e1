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
 * commits after every write the driver makes: a killed bot loses nothing it answered.
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
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
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
                    backend.commit();
                }
            }
        };
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
