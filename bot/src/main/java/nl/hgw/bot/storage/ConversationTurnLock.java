package nl.hgw.bot.storage;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.mongodb.MongoException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One turn at a time per conversation, across every bot instance on the database: two
 * teachers answering at once in a group chat, or two instances behind a load balancer getting
 * two messages of one conversation, are taken one after the other, each with the state the
 * other left. A turn runs while it holds its conversation's lease: in the database for every
 * instance on it ({@link MongoTurnLeases}), or in memory when the database is the embedded one
 * only this process can reach ({@link LocalTurnLeases}). A turn that cannot get the lease within
 * {@code wait} is not run: the user is asked to send the message again. When the database is away,
 * turns run without the lock (the storage then carries them) and the database is left alone for
 * {@code pause}.
 */
public final class ConversationTurnLock implements Middleware {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationTurnLock.class);

    private static final long FIRST_POLL_MILLIS = 10;

    private static final long LAST_POLL_MILLIS = 200;

    private final TurnLeases leases;

    private final Duration wait;

    private final Duration pause;

    private final String instance = UUID.randomUUID().toString();

    private volatile long pausedUntil = System.nanoTime();

    /**
     * @param wait  how long a turn waits for the one before it
     * @param pause how long the database is left alone after it could not be reached
     */
    public ConversationTurnLock(TurnLeases leases, Duration wait, Duration pause) {
        this.leases = leases;
        this.wait = wait;
        this.pause = pause;
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
            case ACQUIRED -> next.next().whenComplete((done, error) -> leases.giveBack(key, owner));
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
                if (leases.tryTake(key, owner)) {
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

    /** The conversation a turn belongs to; an activity without one is not locked (it is refused elsewhere). */
    private static String key(Activity activity) {
        if (activity.getConversation() == null || activity.getConversation().getId() == null) {
            return null;
        }
        return activity.getChannelId() + "/" + activity.getConversation().getId();
    }
}
