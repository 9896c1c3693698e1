package nl.hgw.bot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The SDK closes a turn's context (iterating its state) when it has started the turn, not when the
 * turn ends. A turn that goes asynchronous and adds to its state meanwhile must not fail the
 * request: the bot's part starts after the close. Here the close is held open by a value in the
 * turn state until the turn has added to it, which without the guard is a
 * ConcurrentModificationException every time. (The proactive path starts the turn before the close
 * every time, so it shows the race for sure; incoming activities take the same guard, and the fuzz
 * of 10,000 activities met the race there twice before it.)
 */
class TurnStartsAfterTheSdkClosedItsContextTest {

    private final HgwAdapter adapter = new HgwAdapter(new SpringBotConfiguration(new MockEnvironment()),
        new BotCredentials("", "", "", AppType.MULTI_TENANT), "", "", ConnectorSettings.defaults());

    @Test
    void theBotsPartRunsWithTheTurnClassLoaderAndTheThreadGetsItsOwnBack() {
        ClassLoader turnLoader = new CachedServiceFiles(getClass().getClassLoader());
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        AtomicReference<ClassLoader> seen = new AtomicReference<>();

        CompletableFuture<Void> turn = HgwAdapter.afterTheSdkClosedTheContext(gated -> gated.invoke(null), context -> {
            seen.set(Thread.currentThread().getContextClassLoader());
            return CompletableFuture.completedFuture(null);
        }, turnLoader);

        assertThat(turn).isCompleted();
        assertThat(seen.get()).isSameAs(turnLoader);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    @Test
    void aTurnTheBotStartsItselfWhoseStateChangesAfterGoingAsynchronousSucceeds() {
        ConversationReference reference = new ConversationReference();
        reference.setChannelId("webchat");
        reference.setServiceUrl("http://127.0.0.1:9/");
        reference.setConversation(new ConversationAccount("c-close-proactive"));
        reference.setBot(new ChannelAccount("bot"));

        assertThat(adapter.continueConversation("", reference, new LateStateChange()))
            .succeedsWithin(Duration.ofSeconds(10));
    }

    /**
     * Puts values into the turn state whose close waits until the turn has changed the state from
     * another thread, then changes it from there.
     */
    private static final class LateStateChange implements BotCallbackHandler {

        private final CountDownLatch closing = new CountDownLatch(1);

        private final CountDownLatch changed = new CountDownLatch(1);

        @Override
        public CompletableFuture<Void> invoke(TurnContext turn) {
            for (int i = 0; i < 5; i++) {
                turn.getTurnState().add("held-open-" + i, (AutoCloseable) () -> {
                    closing.countDown();
                    changed.await(1, TimeUnit.SECONDS);
                });
            }
            for (int i = 0; i < 20; i++) {
                turn.getTurnState().add("value-" + i, "x");
            }
            return CompletableFuture.runAsync(() -> {
                try {
                    closing.await(300, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                turn.getTurnState().add("added-later", "y");
                changed.countDown();
            });
        }
    }
}
