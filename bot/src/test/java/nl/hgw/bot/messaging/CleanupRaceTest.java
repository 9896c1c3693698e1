package nl.hgw.bot.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ConcurrentModificationException;
import org.junit.jupiter.api.Test;

/** Which failures {@link MessagesController} takes for the SDK's clean-up race after a completed turn. */
class CleanupRaceTest {

    @Test
    void onlyAConcurrentModificationWhereTheSdkClosesTheTurnState() {
        assertThat(MessagesController.isCleanupRace(thrownAt("com.microsoft.bot.builder.TurnContextStateCollection",
            "close", new ConcurrentModificationException()))).isTrue();
        assertThat(MessagesController.isCleanupRace(thrownAt("nl.hgw.dialogs.HgwBot", "onTurn",
            new ConcurrentModificationException()))).as("in the bot's own code: a real failure").isFalse();
        assertThat(MessagesController.isCleanupRace(thrownAt("com.microsoft.bot.builder.TurnContextStateCollection",
            "close", new IllegalStateException()))).as("another exception").isFalse();
    }

    private static RuntimeException thrownAt(String className, String method, RuntimeException error) {
        error.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.HashMap$HashIterator", "nextNode", "HashMap.java", 1597),
            new StackTraceElement(className, method, "X.java", 161)});
        return error;
    }
}
