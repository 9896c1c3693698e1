package nl.hgw.bot.auth;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.ActivityTypes;
import com.mongodb.MongoException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import nl.hgw.bot.Causes;
import nl.hgw.bot.auth.HgwAdapter.ReplyNotDeliveredException;
import nl.hgw.bot.messaging.Redacted;
import nl.hgw.bot.storage.ETagConflictException;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's turn error handler: apologises to the user in their language without showing or
 * logging what they wrote, and tells a Connector that could not be reached from a database outage
 * and an eTag conflict.
 */
final class TurnErrors {

    private static final Logger LOG = LoggerFactory.getLogger(HgwAdapter.class);

    private TurnErrors() {
    }

    /**
     * Tells the user the turn failed, in their language. When the Connector itself could not be
     * reached (the turn's reply or this apology failed to go out), the turn fails with
     * {@link ReplyNotDeliveredException}: the channel gets a 502, not a 202 that claims all went well.
     */
    static CompletableFuture<Void> onTurnError(TurnContext turn, Throwable error) {
        Throwable undelivered = databaseFailure(error) == null ? deliveryFailure(error) : null;
        if (undelivered != null) {
            LOG.warn("Turn failed, the Connector could not be reached: type={} channel={} activity={} ({})",
                Redacted.id(turn.getActivity().getType()), Redacted.id(turn.getActivity().getChannelId()),
                Redacted.id(turn.getActivity().getId()), undelivered.getClass().getSimpleName());
            return CompletableFuture.failedFuture(new ReplyNotDeliveredException(undelivered));
        }
        Throwable database = databaseFailure(error);
        String key;
        if (conflict(error)) {
            // another instance or turn changed this conversation's state meanwhile: theirs is kept
            LOG.info("Turn not stored: the conversation's state changed meanwhile (eTag); the user is asked again");
            key = "turn.busy";
        } else if (database != null) {
            // the state of the last turn is safe in the database; this turn is not stored
            LOG.warn("Turn failed, database unavailable: type={} channel={} activity={} ({})",
                Redacted.id(turn.getActivity().getType()), Redacted.id(turn.getActivity().getChannelId()),
                Redacted.id(turn.getActivity().getId()), database.getClass().getSimpleName());
            key = "storage.unavailable";
        } else {
            LOG.error("Turn failed: type={} channel={} activity={}: {}", Redacted.id(turn.getActivity().getType()),
                Redacted.id(turn.getActivity().getChannelId()), Redacted.id(turn.getActivity().getId()),
                Redacted.describe(error));
            key = "error.turn";
        }
        if (ActivityTypes.EVENT.equals(turn.getActivity().getType())) {
            // nobody wrote (a reminder the bot starts): no apology in the chat; the sender sees the failure
            return CompletableFuture.failedFuture(error);
        }
        String apology = Messages.forLocale(turn.getActivity().getLocale()).text(key);
        return turn.sendActivity(MessageFactory.text(apology)).handle((sent, sendError) -> {
            if (sendError == null) {
                return null;
            }
            LOG.warn("Could not tell the user about the failed turn: {}", Redacted.describe(sendError));
            if (deliveryFailure(sendError) != null) {
                throw new ReplyNotDeliveredException(deliveryFailure(sendError));
            }
            return null;
        });
    }

    /**
     * The Connector's failure in the cause chain: it answered with an error after the retries
     * ({@link ErrorResponseException}), or could not be reached at all (an {@link IOException}).
     */
    static Throwable deliveryFailure(Throwable error) {
        return Causes.firstOf(error, ErrorResponseException.class, IOException.class, ReplyNotDeliveredException.class);
    }

    private static boolean conflict(Throwable error) {
        return Causes.firstOf(error, ETagConflictException.class) != null;
    }

    /** The driver's (or the pupil store's) failure in the cause chain, if the database is why the turn failed. */
    static Throwable databaseFailure(Throwable error) {
        return Causes.firstOf(error, MongoException.class, PupilRepository.UnavailableException.class);
    }
}
