package nl.hgw.bot.auth;

import nl.hgw.bot.messaging.Redacted;
import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ConversationReference;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import com.mongodb.MongoException;
import nl.hgw.bot.storage.ETagConflictException;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's adapter with our credentials for outgoing calls (tenant, app type, replaceable
 * token endpoint), skill calls, tokens without expiry and (SingleTenant) activities of other
 * tenants refused, Connector clients with bounded retries and timeouts ({@link ConnectorClients}),
 * and a turn error handler that apologises to the user without showing or logging what they wrote.
 */
public class HgwAdapter extends BotFrameworkHttpAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(HgwAdapter.class);

    private final BotCredentials credentials;

    private final String oauthEndpoint;

    private final String msiEndpoint;

    private final ServedTenant servedTenant;

    private final ConnectorClients connectorClients;

    private final ClassLoader turnClassLoader = new CachedServiceFiles(HgwAdapter.class.getClassLoader());

    public HgwAdapter(Configuration configuration, BotCredentials credentials, String oauthEndpoint, String msiEndpoint,
            ConnectorSettings connector) {
        super(configuration, authenticationConfiguration());
        this.credentials = credentials;
        this.oauthEndpoint = oauthEndpoint;
        this.msiEndpoint = msiEndpoint;
        this.servedTenant = ServedTenant.of(credentials);
        this.connectorClients = new ConnectorClients(connector);
        setOnTurnError(HgwAdapter::onTurnError);
    }

    /** The SDK's authentication, after refusing what it would let through (see {@link TokenExpiry}). */
    @Override
    public CompletableFuture<InvokeResponse> processActivity(String authHeader, Activity activity,
            BotCallbackHandler callback) {
        if (TokenExpiry.lacking(authHeader)) {
            return CompletableFuture.failedFuture(new AuthenticationException("Token without expiry"));
        }
        return super.processActivity(authHeader, activity, callback);
    }

    /** After authentication: an activity of a tenant the bot does not serve runs no turn (see {@link ServedTenant}). */
    @Override
    public CompletableFuture<InvokeResponse> processActivity(ClaimsIdentity identity, Activity activity,
            BotCallbackHandler callback) {
        if (activity != null && !servedTenant.allows(activity)) {
            return CompletableFuture.failedFuture(new AuthenticationException("Activity of a tenant not served"));
        }
        return afterTheSdkClosedTheContext(gated -> super.processActivity(identity, activity, gated), callback,
            turnClassLoader);
    }

    /** A turn the bot starts itself (a reminder), with the same guard as {@link #processActivity}. */
    @Override
    public CompletableFuture<Void> continueConversation(ClaimsIdentity identity, ConversationReference reference,
            String audience, BotCallbackHandler callback) {
        return afterTheSdkClosedTheContext(gated -> super.continueConversation(identity, reference, audience, gated),
            callback, turnClassLoader);
    }

    /**
     * The SDK closes a turn's context, iterating its turn state, as soon as it has started the turn
     * rather than when the turn ends (try-with-resources in {@code BotFrameworkAdapter.processActivity}
     * and {@code continueConversation}). A turn that had gone asynchronous (waiting for MongoDB, the turn
     * lock or the Connector) then added to the turn state during that iteration: a
     * {@code ConcurrentModificationException} failed the request while the turn went on, so the channel
     * sent the activity again (found by the fuzz, 2 in 10,000). The bot's part of the turn therefore
     * starts only once the SDK has returned, and with it closed the context.
     *
     * <p>What of the bot's part runs on this thread runs with {@code classLoader} as its context class
     * loader ({@link CachedServiceFiles}: the SDK's per-turn Jackson module lookups).
     */
    static <T> CompletableFuture<T> afterTheSdkClosedTheContext(
            Function<BotCallbackHandler, CompletableFuture<T>> sdk, BotCallbackHandler callback,
            ClassLoader classLoader) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        CompletableFuture<T> turn = sdk.apply(context -> closed.thenCompose(ready -> callback.invoke(context)));
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            closed.complete(null);
        } finally {
            thread.setContextClassLoader(before);
        }
        return turn;
    }

    /** A reply (or the apology for a failed turn) could not be delivered to the Bot Connector. */
    public static final class ReplyNotDeliveredException extends RuntimeException {
        ReplyNotDeliveredException(Throwable cause) {
            super("The reply could not be delivered to the Bot Connector", cause);
        }
    }

    /** Our clients: bounded in number, sharing one connection pool, with {@link ConnectorRetry}. */
    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl,
            AppCredentials usingAppCredentials) {
        try {
            AppCredentials appCredentials = usingAppCredentials != null ? usingAppCredentials
                : MicrosoftAppCredentials.empty();
            new URI(serviceUrl).toURL();
            return CompletableFuture.completedFuture(connectorClients.get(serviceUrl, appCredentials));
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Invalid service URL", e));
        }
    }

    /** How many Connector clients are kept (for tests). */
    int connectorClientCount() {
        return connectorClients.size();
    }

    private static AuthenticationConfiguration authenticationConfiguration() {
        AuthenticationConfiguration configuration = new AuthenticationConfiguration();
        configuration.setClaimsValidator(new NoSkillCallsValidator());
        return configuration;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        AppCredentials appCredentials = switch (credentials.type()) {
            case USER_ASSIGNED_MSI -> new ManagedIdentityCredentials(appId, scope, msiEndpoint);
            case SINGLE_TENANT -> new HgwAppCredentials(appId, credentials.password(), credentials.tenantId(), scope,
                oauthEndpoint);
            case MULTI_TENANT -> new HgwAppCredentials(appId, credentials.password(), null, scope, oauthEndpoint);
        };
        return CompletableFuture.completedFuture(appCredentials);
    }

    /**
     * Tells the user the turn failed, in their language. When the Connector itself could not be
     * reached (the turn's reply or this apology failed to go out), the turn fails with
     * {@link ReplyNotDeliveredException}: the channel gets a 502, not a 202 that claims all went well.
     */
    private static CompletableFuture<Void> onTurnError(TurnContext turn, Throwable error) {
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
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ErrorResponseException || cause instanceof IOException
                    || cause instanceof ReplyNotDeliveredException) {
                return cause;
            }
        }
        return null;
    }

    private static boolean conflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ETagConflictException) {
                return true;
            }
        }
        return false;
    }

    /** The driver's (or the pupil store's) failure in the cause chain, if the database is why the turn failed. */
    static Throwable databaseFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoException || cause instanceof PupilRepository.UnavailableException) {
                return cause;
            }
        }
        return null;
    }
}
