package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.builder.BotState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.builder.adapters.TestAdapter;
import com.microsoft.bot.schema.Activity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.ConversationData;
import org.junit.jupiter.api.Test;

/**
 * The bot's own turn cache of conversation and user state: read once per turn, written only when
 * something changed, under the SDK's keys.
 */
class OwnedBotStateTest {

    /** MemoryStorage that records what is read and written. */
    private static final class Recording implements Storage {

        final MemoryStorage memory = new MemoryStorage();

        final List<String> reads = new ArrayList<>();

        final List<String> writes = new ArrayList<>();

        @Override
        public CompletableFuture<Map<String, Object>> read(String[] keys) {
            reads.addAll(List.of(keys));
            return memory.read(keys);
        }

        @Override
        public CompletableFuture<Void> write(Map<String, Object> changes) {
            writes.addAll(changes.keySet());
            return memory.write(changes);
        }

        @Override
        public CompletableFuture<Void> delete(String[] keys) {
            return memory.delete(keys);
        }
    }

    private final Recording storage = new Recording();

    private final TestAdapter adapter = new TestAdapter();

    private final BotState state = OwnedBotState.conversation(storage);

    private final StatePropertyAccessor<ConversationData> data = state.createProperty("conversationData");

    @Test
    void aTurnReadsItsStateOnceUnderTheSdksKey() {
        TurnContext turn = turn("c1");

        data.get(turn, ConversationData::new).join();
        data.get(turn).join();
        state.createProperty("other").get(turn).join();

        assertThat(storage.reads).containsExactly("msteams/conversations/c1");
    }

    @Test
    void anUnchangedStateIsNotWrittenAgainAndAChangedOneIs() {
        TurnContext first = turn("c1");
        data.get(first, ConversationData::new).join();
        state.saveChanges(first).join();
        assertThat(storage.writes).as("new state").hasSize(1);

        TurnContext second = turn("c1");
        data.get(second).join();
        state.saveChanges(second).join();
        assertThat(storage.writes).as("read, nothing changed").hasSize(1);

        TurnContext third = turn("c1");
        data.get(third).join().setWelcomed(true);
        state.saveChanges(third).join();
        state.saveChanges(third).join();
        assertThat(storage.writes).as("changed once, saved twice").hasSize(2);

        TurnContext fourth = turn("c1");
        assertThat(data.get(fourth).join().isWelcomed()).isTrue();
        state.saveChanges(fourth, true).join();
        assertThat(storage.writes).as("forced").hasSize(3);
    }

    @Test
    void aTurnThatReadNothingWritesNothing() {
        TurnContext turn = turn("c1");

        state.saveChanges(turn, true).join();

        assertThat(storage.reads).isEmpty();
        assertThat(storage.writes).isEmpty();
    }

    @Test
    void savedStateNamesItsOwner() {
        TurnContext turn = turn("c1");
        data.get(turn, ConversationData::new).join();
        state.saveChanges(turn).join();

        Map<?, ?> stored = (Map<?, ?>) storage.memory.read(new String[] {"msteams/conversations/c1"}).join()
            .get("msteams/conversations/c1");
        assertThat(stored.get(StateOwner.KEY)).isEqualTo(new StateOwner("tenant-1", "team-a"));
    }

    @Test
    void propertiesAreSetDeletedAndClearedAsTheSdksAre() {
        TurnContext turn = turn("c1");
        StatePropertyAccessor<String> note = state.createProperty("note");
        assertThat(note.get(turn).join()).isNull();
        assertThat(note.get(turn, () -> null).join()).isNull();

        note.set(turn, "a draft").join();
        assertThat(note.get(turn).join()).isEqualTo("a draft");
        assertThat(state.get(turn).get("note").asText()).isEqualTo("a draft");
        note.set(turn, null).join();
        assertThat(note.get(turn, () -> "default").join()).isEqualTo("default");
        note.delete(turn).join();
        assertThat(note.get(turn).join()).isNull();

        note.set(turn, "kept").join();
        state.saveChanges(turn).join();
        state.clearState(turn).join();
        assertThat(note.get(turn).join()).isNull();
        state.saveChanges(turn).join();
        assertThat(note.get(turn("c1")).join()).as("the cleared state was saved").isNull();
    }

    @Test
    void deleteRemovesTheStoredState() {
        TurnContext turn = turn("c1");
        state.createProperty("note").set(turn, "a draft").join();
        state.saveChanges(turn).join();

        state.delete(turn).join();

        assertThat(storage.memory.read(new String[] {"msteams/conversations/c1"}).join()).isEmpty();
        assertThat(state.createProperty("note").get(turn).join()).isNull();
    }

    @Test
    void userStateIsKeptPerUserAndNamesOnlyTheTenant() {
        BotState user = OwnedBotState.user(storage);
        TurnContext turn = turn("c1");
        user.createProperty("role").set(turn, "ib").join();
        user.saveChanges(turn).join();

        String key = "msteams/users/" + turn.getActivity().getFrom().getId();
        assertThat(storage.writes).containsExactly(key);
        Map<?, ?> stored = (Map<?, ?>) storage.memory.read(new String[] {key}).join().get(key);
        assertThat(stored.get(StateOwner.KEY)).isEqualTo(new StateOwner("tenant-1", null));
    }

    @Test
    void theSdksCacheIsNotThereToBeMisused() {
        assertThatThrownBy(() -> state.getCachedState(turn("c1"))).isInstanceOf(UnsupportedOperationException.class);
    }

    private TurnContext turn(String conversationId) {
        Activity message = adapter.makeActivity("hallo");
        message.setChannelId("msteams");
        message.getConversation().setId(conversationId);
        message.setChannelData(Map.of("tenant", Map.of("id", "tenant-1"), "team", Map.of("id", "team-a")));
        return new TurnContextImpl(adapter, message);
    }
}
