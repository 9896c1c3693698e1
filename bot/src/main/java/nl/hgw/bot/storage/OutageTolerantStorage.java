package nl.hgw.bot.storage;

import com.microsoft.bot.builder.Storage;
import com.mongodb.MongoException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import nl.hgw.bot.Causes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bot state in the database, carried through a database outage. Every state this instance
 * read or wrote is remembered (a copy, for the most recent conversations and users). While
 * the database is away, writes are kept in that memory and reads are served from it, so a
 * teacher in the middle of a note keeps everything entered; the first read after the
 * database is back writes the kept state there first. A conversation this instance never
 * saw still fails during an outage (the turn then tells the user to try again). When another
 * instance changed the same state meanwhile, its version wins (eTag check) and the kept one
 * is dropped. A restart during an outage loses what was kept. After a failure the database
 * is left alone for a short while ({@code pause}), so turns during an outage do not each
 * wait for the driver's timeout.
 *
 * <p>On the embedded database this process is the only writer (the file is locked to it, and the
 * turn lock is local too), so the remembered copy is the stored state: a remembered state is then
 * read from memory instead of from the database, saving two round trips per turn. A state the
 * database dropped behind the storage's back (the retention purge) must be {@linkplain #forgetAll()
 * forgotten} so that it is not read again, and a write that fails its eTag check forgets its keys
 * (something else changed the state). With {@code MONGODB_URI} other instances write too, and reads
 * go to the database (to memory only during an outage).
 */
final class OutageTolerantStorage implements Storage {

    /** How many states are remembered, most recently used first. */
    static final int REMEMBERED = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(OutageTolerantStorage.class);

    private final Storage database;

    private final StateCodec codec = new StateCodec();

    private final Map<String, Snapshot> lastKnown = Collections.synchronizedMap(
        new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
                return size() > REMEMBERED && !pending.contains(eldest.getKey());
            }
        });

    /** Keys whose last write did not reach the database. */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    private record Snapshot(String className, String state, String eTag) {
    }

    private final long pauseNanos;

    /** Whether this process is the database's only writer (the embedded database). */
    private final boolean onlyWriter;

    /** How often {@link #forgetAll()} ran; guarded by {@code lastKnown}. */
    private long forgets;

    /** {@link System#nanoTime()} until which the database is not tried (after a failure). */
    private volatile long pausedUntil = System.nanoTime();

    OutageTolerantStorage(Storage database, java.time.Duration pause, boolean onlyWriter) {
        this.database = database;
        this.pauseNanos = pause.toNanos();
        this.onlyWriter = onlyWriter;
    }

    private boolean paused() {
        return System.nanoTime() - pausedUntil < 0;
    }

    private void pause() {
        pausedUntil = System.nanoTime() + pauseNanos;
    }

    @Override
    public CompletableFuture<Map<String, Object>> read(String[] keys) {
        Map<String, Object> remembered = paused() || onlyWriter && nonePending(keys) ? fromMemory(keys) : null;
        if (remembered != null) {
            return CompletableFuture.completedFuture(remembered);
        }
        try {
            long forgetsBefore = forgetsSoFar();
            writePending(keys);
            Map<String, Object> items = database.read(keys).join();
            items.forEach((key, value) -> rememberRead(key, value, forgetsBefore));
            return CompletableFuture.completedFuture(items);
        } catch (RuntimeException e) {
            Map<String, Object> known = fromMemory(keys);
            if (isDatabaseFailure(e)) {
                pause();
            }
            if (!isDatabaseFailure(e) || known == null) {
                return CompletableFuture.failedFuture(unwrap(e));
            }
            LOG.warn("Database unavailable ({}): state read from memory", databaseFailureName(e));
            return CompletableFuture.completedFuture(known);
        }
    }

    @Override
    public CompletableFuture<Void> write(Map<String, Object> changes) {
        if (paused()) {
            changes.forEach((key, value) -> {
                remember(key, value);
                pending.add(key);
            });
            return CompletableFuture.completedFuture(null);
        }
        try {
            database.write(changes).join();
            changes.forEach((key, value) -> {
                remember(key, value);
                pending.remove(key);
            });
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            if (!isDatabaseFailure(e)) {
                if (unwrap(e) instanceof ETagConflictException) {
                    // the database holds another version than the one remembered: read it next time
                    forget(changes.keySet());
                }
                return CompletableFuture.failedFuture(unwrap(e));
            }
            pause();
            changes.forEach((key, value) -> {
                remember(key, value);
                pending.add(key);
            });
            LOG.warn("Database unavailable ({}): {} state(s) kept in memory until it is back",
                databaseFailureName(e), changes.size());
            return CompletableFuture.completedFuture(null);
        }
    }

    @Override
    public CompletableFuture<Void> delete(String[] keys) {
        Arrays.stream(keys).forEach(key -> {
            lastKnown.remove(key);
            pending.remove(key);
        });
        return database.delete(keys);
    }

    /**
     * Forgets every remembered state that is not waiting for the database, so that the next read of
     * it goes to the database: for when states were deleted there directly (the retention purge).
     */
    void forgetAll() {
        synchronized (lastKnown) {
            forgets++;
            lastKnown.keySet().removeIf(key -> !pending.contains(key));
        }
    }

    private void forget(Iterable<String> keys) {
        synchronized (lastKnown) {
            keys.forEach(key -> {
                if (!pending.contains(key)) {
                    lastKnown.remove(key);
                }
            });
        }
    }

    private long forgetsSoFar() {
        synchronized (lastKnown) {
            return forgets;
        }
    }

    private boolean nonePending(String[] keys) {
        return pending.isEmpty() || Arrays.stream(keys).noneMatch(pending::contains);
    }

    /** Whether some state waits for the database (for tests and health). */
    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** The kept writes of these keys go to the database before it is read again. */
    private void writePending(String[] keys) {
        Map<String, Object> due = new HashMap<>();
        for (String key : keys) {
            Snapshot snapshot = pending.contains(key) ? lastKnown.get(key) : null;
            if (snapshot != null) {
                due.put(key, restore(snapshot));
            }
        }
        if (due.isEmpty()) {
            return;
        }
        boolean theirsKept = false;
        try {
            database.write(due).join();
            due.forEach(this::remember);
            LOG.info("Database back: {} state(s) kept in memory written", due.size());
        } catch (RuntimeException e) {
            if (!(unwrap(e) instanceof ETagConflictException)) {
                throw e;
            }
            theirsKept = true;
            LOG.warn("State kept in memory was changed by another instance meanwhile; theirs is kept");
        }
        due.keySet().forEach(pending::remove);
        if (theirsKept) {
            forget(due.keySet());
        }
    }

    private Map<String, Object> fromMemory(String[] keys) {
        Map<String, Object> known = new HashMap<>();
        for (String key : keys) {
            Snapshot snapshot = lastKnown.get(key);
            if (snapshot == null) {
                return null;
            }
            known.put(key, restore(snapshot));
        }
        return known;
    }

    private void remember(String key, Object value) {
        lastKnown.put(key, snapshot(value));
    }

    /**
     * Remembers a state read from the database, unless it went stale during the read: memory was told to
     * forget meanwhile (the purge may have deleted what was read), or, as the only writer, a write of
     * this process remembered a newer version meanwhile.
     */
    private void rememberRead(String key, Object value, long forgetsBefore) {
        Snapshot snapshot = snapshot(value);
        synchronized (lastKnown) {
            if (forgets == forgetsBefore && !(onlyWriter && lastKnown.containsKey(key))) {
                lastKnown.put(key, snapshot);
            }
        }
    }

    private Snapshot snapshot(Object value) {
        return new Snapshot(value.getClass().getName(), codec.encode(value), MongoStorage.eTag(value));
    }

    private Object restore(Snapshot snapshot) {
        Object value = codec.decode(snapshot.className(), snapshot.state());
        if (snapshot.eTag() != null) {
            MongoStorage.setETag(value, snapshot.eTag());
        }
        return value;
    }

    private static boolean isDatabaseFailure(Throwable error) {
        return databaseFailureName(error) != null;
    }

    private static String databaseFailureName(Throwable error) {
        Throwable failure = Causes.firstOf(error, MongoException.class);
        return failure == null ? null : failure.getClass().getSimpleName();
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
