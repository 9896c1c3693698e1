package nl.hgw.bot.auth;

import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SkillValidation;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.DeliveryModes;
import com.microsoft.bot.schema.ExpectedReplies;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The SDK's adapter with our credentials for outgoing calls (tenant, app type, replaceable
 * token endpoint), skill calls, tokens without expiry and (SingleTenant) activities of other
 * tenants refused, Connector clients with bounded retries and timeouts ({@link ConnectorClients}),
 * turns in contexts the JVM need not finalize ({@link UnfinalizedTurnContext}), and a turn error
 * handler that apologises to the user without showing or logging what they wrote ({@link TurnErrors}).
 */
public class HgwAdapter extends BotFrameworkHttpAdapter {

    private final BotCredentials credentials;

    private final String oauthEndpoint;

    private final String msiEndpoint;

    private final ServedTenant servedTenant;

    private final ConnectorClients connectorClients;

    private final CallerIds callerIds;

    private final ClassLoader turnClassLoader = new CachedServiceFiles(HgwAdapter.class.getClassLoader());

    public HgwAdapter(Configuration configuration, BotCredentials credentials, String oauthEndpoint, String msiEndpoint,
            ConnectorSettings connector) {
        super(configuration, authenticationConfiguration());
        this.credentials = credentials;
        this.oauthEndpoint = oauthEndpoint;
        this.msiEndpoint = msiEndpoint;
        this.servedTenant = ServedTenant.of(credentials);
        this.connectorClients = new ConnectorClients(connector);
        this.callerIds = new CallerIds(configuration);
        setOnTurnError(TurnErrors::onTurnError);
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
        if (activity == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Activity"));
        }
        if (!servedTenant.allows(activity)) {
            return CompletableFuture.failedFuture(new AuthenticationException("Activity of a tenant not served"));
        }
        return afterTheSdkClosedTheContext(gated -> runTurn(identity, activity, gated), callback, turnClassLoader);
    }

    /**
     * What the SDK's {@code BotFrameworkAdapter.processActivity(ClaimsIdentity, Activity, ...)} does,
     * in a context the JVM need not finalize ({@link UnfinalizedTurnContext}), closed when the turn
     * is done: the caller id, the identity, OAuth scope and Connector client in the turn state, the
     * pipeline, and the answer of an {@code expectReplies} or invoke activity.
     */
    private CompletableFuture<InvokeResponse> runTurn(ClaimsIdentity identity, Activity activity,
            BotCallbackHandler callback) {
        UnfinalizedTurnContext context = new UnfinalizedTurnContext(this, activity);
        try {
            boolean skill = SkillValidation.isSkillClaim(identity.claims());
            activity.setCallerId(callerIds.of(identity, skill));
            context.getTurnState().add(BOT_IDENTITY_KEY, identity);
            String scope = skill ? JwtTokenValidation.getAppIdFromClaims(identity.claims()) + "/.default"
                : callerIds.oauthScope();
            context.getTurnState().add(OAUTH_SCOPE_KEY, scope);
            return createConnectorClient(activity.getServiceUrl(), identity, scope)
                .thenCompose(client -> {
                    context.getTurnState().add(CONNECTOR_CLIENT_KEY, client);
                    return runPipeline(context, callback);
                })
                .thenApply(done -> answer(context))
                .whenComplete((answer, error) -> context.closeQuietly());
        } catch (RuntimeException e) {
            context.closeQuietly();
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The HTTP answer the turn gives: its replies for {@code expectReplies}, an invoke's response, else none. */
    private static InvokeResponse answer(TurnContextImpl context) {
        if (DeliveryModes.fromString(context.getActivity().getDeliveryMode()) == DeliveryModes.EXPECT_REPLIES) {
            return new InvokeResponse(HttpURLConnection.HTTP_OK,
                new ExpectedReplies(context.getBufferedReplyActivities()));
        }
        if (context.getActivity().isType(ActivityTypes.INVOKE)) {
            Activity invokeResponse = context.getTurnState().get(INVOKE_RESPONSE_KEY);
            return invokeResponse == null ? new InvokeResponse(HttpURLConnection.HTTP_NOT_IMPLEMENTED, null)
                : (InvokeResponse) invokeResponse.getValue();
        }
        return null;
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
     * starts only once the SDK has returned, and with it closed the context. (Incoming activities now run
     * in the bot's own context, closed when the turn is done, see {@link #runTurn}; they take the same
     * path, which costs nothing there, for the class loader below.)
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
}
