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
import com.microsoft.bot.schema.Activity;
import java.util.concurrent.CompletableFuture;
import com.mongodb.MongoException;
import nl.hgw.bot.storage.ETagConflictException;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's adapter with our credentials for outgoing calls (tenant, app type, replaceable
 * token endpoint), skill calls, tokens without expiry and (SingleTenant) activities of other
 * tenants refused, and a turn error handler that apologises to the user without showing or
 * logging what they wrote.
 */
public class HgwAdapter extends BotFrameworkHttpAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(HgwAdapter.class);

    private final BotCredentials credentials;

    private final String oauthEndpoint;

    private final String msiEndpoint;

    private final ServedTenant servedTenant;

    public HgwAdapter(Configuration configuration, BotCredentials credentials, String oauthEndpoint, String msiEndpoint) {
        super(configuration, authenticationConfiguration());
        this.credentials = credentials;
        this.oauthEndpoint = oauthEndpoint;
        this.msiEndpoint = msiEndpoint;
        this.servedTenant = ServedTenant.of(credentials);
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
        return super.processActivity(identity, activity, callback);
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

    private static CompletableFuture<Void> onTurnError(TurnContext turn, Throwable error) {
        Throwable database = databaseFailure(error);
        String key;
        if (conflict(error)) {
            // another instance or turn changed this conversation's state meanwhile: theirs is kept
            LOG.info("Turn not stored: the conversation's state changed meanwhile (eTag); the user is asked again");
            key = "turn.busy";
        } else if (database != null) {
            // the state of the last turn is safe in the database; this turn is not stored
            LOG.warn("Turn failed, database unavailable: type={} channel={} activity={} ({})",
                turn.getActivity().getType(), turn.getActivity().getChannelId(), turn.getActivity().getId(),
                database.getClass().getSimpleName());
            key = "storage.unavailable";
        } else {
            LOG.error("Turn failed: type={} channel={} activity={}: {}", turn.getActivity().getType(),
                turn.getActivity().getChannelId(), turn.getActivity().getId(), Redacted.describe(error));
            key = "error.turn";
        }
        String apology = Messages.forLocale(turn.getActivity().getLocale()).text(key);
        return turn.sendActivity(MessageFactory.text(apology)).handle((sent, sendError) -> {
            if (sendError != null) {
                LOG.warn("Could not tell the user about the failed turn: {}", Redacted.describe(sendError));
            }
            return null;
        });
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
