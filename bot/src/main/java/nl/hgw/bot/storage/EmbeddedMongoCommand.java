package nl.hgw.bot.storage;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar hgw-bot.jar embedded-mongo [--data-dir DIR] [--port PORT]}: serves the
 * embedded database (the same {@link EmbeddedMongo} a bot without {@code MONGODB_URI} starts
 * inside itself) on 127.0.0.1:{@code PORT} (default 27017) until the process is stopped, so that
 * several bot processes on one machine can share one database: start them with
 * {@code MONGODB_URI=mongodb://127.0.0.1:PORT}. For load tests and trying out more than one
 * instance; it listens on loopback only, has no authentication and no replication, so a school's
 * production with several instances uses a real MongoDB. Every write is on disk before it is
 * answered. The data directory ({@code --data-dir}, else {@code HGW_DATA_DIR}, else
 * {@code ./data}) is locked while it runs.
 */
public final class EmbeddedMongoCommand {

    static final String USAGE = "usage: embedded-mongo [--data-dir DIR] [--port PORT]";

    private EmbeddedMongoCommand() {
    }

    public static int run(String[] args) throws InterruptedException {
        DeleteTeamCommand.quietLogs();
        EmbeddedMongo mongo = open(args, System.getenv(), System.out, System.err);
        if (mongo == null) {
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.close();
            stopped.countDown();
        }, "embedded-mongo-stop"));
        stopped.await();
        return 0;
    }

    /** Parses the options and starts the server; null (usage printed) when they are wrong. */
    static EmbeddedMongo open(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        String dataDir = environment.getOrDefault("HGW_DATA_DIR", "./data");
        int port = 27017;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                err.println(USAGE);
                return null;
            }
            switch (args[i]) {
                case "--data-dir" -> dataDir = args[i + 1];
                case "--port" -> {
                    try {
                        port = Integer.parseInt(args[i + 1]);
                    } catch (NumberFormatException e) {
                        port = -1;
                    }
                    if (port < 0 || port > 65535) {
                        err.println("--port is a number from 0 to 65535. " + USAGE);
                        return null;
                    }
                }
                default -> {
                    err.println("unknown option " + args[i] + ". " + USAGE);
                    return null;
                }
            }
        }
        EmbeddedMongo mongo = EmbeddedMongo.serve(Path.of(dataDir), port);
        out.println("embedded-mongo: serving " + mongo.connectionString() + ", data in "
            + Path.of(dataDir).toAbsolutePath().normalize() + "; stop with Ctrl-C or SIGTERM");
        out.flush();
        return mongo;
    }
}
