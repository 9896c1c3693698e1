package nl.hgw.bot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import java.lang.ref.PhantomReference;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * A finished turn's objects die at the next garbage collection, instead of waiting for the
 * finalizer thread as with the SDK's own context; the adapter runs every incoming turn in such a
 * context and closes it when the turn is done. ({@code System.gc()} is a full collection here: the
 * default collector, no explicit-GC flags.)
 */
class UnfinalizedTurnContextTest {

    private final HgwAdapter adapter = new HgwAdapter(new SpringBotConfiguration(new MockEnvironment()),
        new BotCredentials("", "", "", AppType.MULTI_TENANT), "", "", ConnectorSettings.defaults());

    @Test
    void theTurnsStateIsGoneAfterOneCollection() {
        PhantomReference<Object> state = stateOfAFinishedTurn(activity -> new UnfinalizedTurnContext(adapter, activity));

        System.gc();

        assertThat(state.refersTo(null)).as("collected at the first collection").isTrue();
    }

    @Test
    void theSdksContextKeepsItThroughACollection() {
        PhantomReference<Object> state = stateOfAFinishedTurn(activity -> new TurnContextImpl(adapter, activity));

        System.gc();

        assertThat(state.refersTo(null)).as("kept for the finalizer: why the bot has its own context").isFalse();
    }

    @Test
    void theAdapterRunsTheTurnInItAndClosesItWhenTheTurnIsDone() {
        AtomicReference<Class<?>> contextClass = new AtomicReference<>();
        AtomicBoolean closedDuringTheTurn = new AtomicBoolean();
        AtomicBoolean closed = new AtomicBoolean();
        CompletableFuture<Void> later = new CompletableFuture<>();

        CompletableFuture<?> turn = adapter.processActivity(new ClaimsIdentity(
            AuthenticationConstants.ANONYMOUS_AUTH_TYPE), activity(), context -> {
                contextClass.set(context.getClass());
                context.getTurnState().add("closeable", (AutoCloseable) () -> closed.set(true));
                return later.thenRun(() -> closedDuringTheTurn.set(closed.get()));
            });
        assertThat(closed).as("not while the turn waits").isFalse();
        later.complete(null);

        assertThat(turn).succeedsWithin(Duration.ofSeconds(10));
        assertThat(contextClass.get()).isEqualTo(UnfinalizedTurnContext.class);
        assertThat(closedDuringTheTurn).isFalse();
        assertThat(closed).as("closed once the turn is done").isTrue();
    }

    /** A turn context made, given state and dropped; a reference that tells when its state is collected. */
    private static PhantomReference<Object> stateOfAFinishedTurn(Function<Activity, TurnContextImpl> contexts) {
        TurnContext context = contexts.apply(activity());
        Object state = new byte[1024];
        context.getTurnState().add("state", state);
        return new PhantomReference<>(state, null);
    }

    private static Activity activity() {
        Activity activity = Activity.createMessageActivity();
        activity.setText("hallo");
        activity.setChannelId("webchat");
        activity.setServiceUrl("http://127.0.0.1:9/");
        activity.setConversation(new ConversationAccount("c-unfinalized"));
        activity.setFrom(new ChannelAccount("user"));
        activity.setRecipient(new ChannelAccount("bot"));
        return activity;
    }
}
