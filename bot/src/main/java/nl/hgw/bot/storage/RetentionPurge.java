package nl.hgw.bot.storage;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes what was not changed for {@code HGW_RETENTION_DAYS}: pupils, spiegels, and bot state
 * (which holds a draft while a teacher is writing). Runs every hour. A real MongoDB also drops
 * pupils and spiegels through their TTL indexes; the embedded server ignores TTL indexes, so this purge is
 * what enforces retention there. The one query not scoped by team: it selects by age only.
 */
public class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final MongoPupilRepository pupils;

    private final MongoDatabase database;

    private final Duration retention;

    private final Clock clock;

    private final Runnable statesDeleted;

    /**
     * {@code statesDeleted} is told when bot states were deleted, so that a copy of them kept in
     * memory ({@link OutageTolerantStorage#forgetAll()}) is not read again.
     */
    public RetentionPurge(MongoPupilRepository pupils, MongoDatabase database, Duration retention, Clock clock,
            Runnable statesDeleted) {
        this.pupils = pupils;
        this.database = database;
        this.retention = retention;
        this.clock = clock;
        this.statesDeleted = statesDeleted;
    }

    /** What one purge deleted. */
    public record Result(long pupils, long states, long spiegels) {

        /** Pupils and state only (no spiegel was old enough). */
        public Result(long pupils, long states) {
            this(pupils, states, 0);
        }
    }

    @Scheduled(initialDelayString = "${hgw.retention.first-purge:PT1M}", fixedDelayString = "${hgw.retention.purge-every:PT1H}")
    public void scheduled() {
        try {
            Result result = purge();
            if (result.pupils() > 0 || result.states() > 0 || result.spiegels() > 0) {
                LOG.info("Retention: deleted {} pupil(s), {} spiegel(s) and {} state document(s) unchanged for {} days",
                    result.pupils(), result.spiegels(), result.states(), retention.toDays());
            }
        } catch (RuntimeException e) {
            LOG.warn("Retention purge failed ({}); next try in an hour", e.getClass().getSimpleName());
        }
    }

    /** Deletes everything unchanged since now minus the retention. */
    public Result purge() {
        Instant cutoff = clock.instant().minus(retention);
        long deletedPupils = pupils.deleteNotUpdatedSince(cutoff);
        long deletedSpiegels = new MongoSpiegelRepository(database, retention, clock).deleteNotUpdatedSince(cutoff);
        long deletedStates;
        try {
            deletedStates = database.getCollection(MongoStorage.COLLECTION)
                .deleteMany(Filters.lt("updatedAt", Date.from(cutoff))).getDeletedCount();
        } catch (MongoException e) {
            throw new IllegalStateException("Purge of bot state failed: " + e.getClass().getSimpleName());
        }
        if (deletedStates > 0) {
            statesDeleted.run();
        }
        return new Result(deletedPupils, deletedStates, deletedSpiegels);
    }
}
