package nl.hgw.bot.storage;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.hgw.dialogs.Messages;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One turn at a time per conversation, across every bot instance on the database: two
 * teachers answering at once in a group chat, or two instances behind a load balancer getting
 * two messages of one conversation, are taken one after the other, each with the state the
 * other left. A lock is a document in {@value #COLLECTION} ({@code {_id: conversation, owner,
 * until}}) that expires after {@code lease}, so a crashed instance holds nobody up for longer.
 * A turn that cannot get the lock within {@code wait} is not run: the user is asked to send the
 * message again. When the database is away, turns run without the lock (the storage then
 * carries them) and the database is left alone for {@code pause}.
 */
public final class ConversationTurnLock implements Middleware {

    public static final String COLLECTION = "turnLocks";

    private static final Logger LOG = LoggerFactory.getLogger(ConversationTurnLock.class);

    private static final String OWNER = "owner";

    private static final String UNTIL = "until";

    private static final long FIRST_POLL_MILLIS = 10;

    private static final long LAST_POLL_MILLIS = 200;

    private final MongoCollection<Document> locks;

    private final Clock clock;

    private final Duration lease;

    private final Duration wait;

    private final Duration pause;

    private final String instance = UUID.randomUUID().toString();

    private volatile long pausedUntil = System.nanoTime();

    public ConversationTurnLock(MongoDatabase database, Clock clock, Duration lease, Duration wait, Duration pause) {
        this.locks = database.getCollection(COLLECTION);
        this.clock = clock;
        this.lease = lease;
        this.wait = wait;
        this.pause = pause;
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

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn, NextDelegate next) {
        String key = key(turn.getActivity());
        if (key == null || System.nanoTime() - pausedUntil < 0) {
            return next.next();
        }
        String owner = instance + "/" + UUID.randomUUID();
        Outcome outcome = acquire(key, owner);
        return switch (outcome) {
            case ACQUIRED -> next.next().whenComplete((done, error) -> release(key, owner));
            case NO_DATABASE -> next.next();
            case BUSY -> {
                LOG.info("Turn not run: the conversation stayed busy for {} ms", wait.toMillis());
                if (ActivityTypes.EVENT.equals(turn.getActivity().getType())) {
                    // nobody wrote (a reminder the bot starts): fail it, so that it is tried again later
                    yield CompletableFuture.failedFuture(new IllegalStateException("conversation busy"));
                }
                yield turn.sendActivity(MessageFactory.text(Messages.forLocale(turn.getActivity().getLocale())
                    .text("turn.busy"))).thenApply(sent -> null);
            }
        };
    }

    private enum Outcome { ACQUIRED, BUSY, NO_DATABASE }

    private Outcome acquire(String key, String owner) {
        long deadline = System.nanoTime() + wait.toNanos();
        long poll = FIRST_POLL_MILLIS;
        while (true) {
            try {
                if (tryAcquire(key, owner)) {
                    return Outcome.ACQUIRED;
                }
            } catch (MongoException e) {
                pausedUntil = System.nanoTime() + pause.toNanos();
                LOG.warn("Turn lock unavailable, the turn runs without it ({})", e.getClass().getSimpleName());
                return Outcome.NO_DATABASE;
            }
            if (System.nanoTime() - deadline > 0) {
                return Outcome.BUSY;
            }
            try {
                Thread.sleep(poll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.BUSY;
            }
            poll = Math.min(poll * 2, LAST_POLL_MILLIS);
        }
    }

    /**
     * Takes a free lock by inserting it (the common case, found by {@code _id}), else an expired one;
     * a lock held by another turn makes both collide on {@code _id}.
     */
    private boolean tryAcquire(String key, String owner) {
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

    private void release(String key, String owner) {
        try {
            locks.deleteOne(Equal.fields("_id", key, OWNER, owner));
        } catch (MongoException e) {
            LOG.warn("Turn lock not released, it expires by itself ({})", e.getClass().getSimpleName());
        }
    }

    /** The conversation a turn belongs to; an activity without one is not locked (it is refused elsewhere). */
    private static String key(Activity activity) {
        if (activity.getConversation() == null || activity.getConversation().getId() == null) {
            return null;
        }
        return activity.getChannelId() + "/" + activity.getConversation().getId();
    }
}
