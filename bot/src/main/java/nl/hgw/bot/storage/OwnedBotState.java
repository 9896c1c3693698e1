package nl.hgw.bot.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.BotState;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.UserState;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the SDK's {@code BotState} does for a turn (read the state once, hand out its properties,
 * write it back only when it changed), without its cost: the SDK's {@code CachedBotState} builds
 * a new {@code ObjectMapper} (with a class path scan for modules) for every turn and serialises the
 * whole state three times with that cold mapper to see whether it changed. Under load that was 18 %
 * of the bot's CPU time (JFR, bench/results). Here one mapper serves all turns, the state is
 * serialised once when read and once when saved, and the {@code eTag} the storage puts into it is
 * left out of that comparison.
 *
 * <p>Saved state names its owner ({@link StateOwner}), so that a team's or a tenant's state can be
 * deleted. Otherwise it behaves as the SDK's: a property read loads the state if this turn has not;
 * a save writes only a loaded, changed state (or any loaded state when forced); {@code clearState}
 * starts empty; {@code delete} removes the stored state.
 */
public final class OwnedBotState extends BotState {

    private final Storage storage;

    private final String turnStateKey;

    private final Function<TurnContext, String> storageKey;

    private final boolean withTeam;

    private final ObjectMapper fingerprints = new ObjectMapper().findAndRegisterModules();

    private OwnedBotState(Storage storage, String turnStateKey, Function<TurnContext, String> storageKey,
            boolean withTeam) {
        super(storage, turnStateKey);
        this.storage = storage;
        this.turnStateKey = turnStateKey;
        this.storageKey = storageKey;
        this.withTeam = withTeam;
    }

    /** The state of a conversation (the dialogs, the drafts), under the SDK's key; it names its tenant and team. */
    public static OwnedBotState conversation(Storage storage) {
        return new OwnedBotState(storage, "hgw.conversationState", new ConversationState(storage)::getStorageKey,
            true);
    }

    /** The state of a user (the role), under the SDK's key; it names its tenant. */
    public static OwnedBotState user(Storage storage) {
        return new OwnedBotState(storage, "hgw.userState", new UserState(storage)::getStorageKey, false);
    }

    @Override
    public String getStorageKey(TurnContext turn) {
        return storageKey.apply(turn);
    }

    /** A state read this turn, and how it looked then. */
    private static final class Loaded {

        private final Map<String, Object> state;

        private String fingerprint;

        Loaded(Map<String, Object> state, String fingerprint) {
            this.state = state;
            this.fingerprint = fingerprint;
        }
    }

    @Override
    public <T> StatePropertyAccessor<T> createProperty(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("name cannot be empty");
        }
        return new Property<>(name);
    }

    @Override
    public CompletableFuture<Void> load(TurnContext turn, boolean force) {
        if (!force && loaded(turn) != null) {
            return CompletableFuture.completedFuture(null);
        }
        return keyOf(turn).thenCompose(key -> storage.read(new String[] {key}).thenApply(items -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> stored = (Map<String, Object>) items.get(key);
            Map<String, Object> state = stored != null ? stored : new ConcurrentHashMap<>();
            turn.getTurnState().replace(turnStateKey, new Loaded(state, fingerprint(state)));
            return null;
        }));
    }

    /** Saves the state if this turn loaded it and it changed, after naming its owner in it ({@link StateOwner}). */
    @Override
    public CompletableFuture<Void> saveChanges(TurnContext turn, boolean force) {
        Loaded loaded = loaded(turn);
        if (loaded == null) {
            return CompletableFuture.completedFuture(null);
        }
        StateOwner.of(turn, withTeam).ifPresent(owner -> loaded.state.put(StateOwner.KEY, owner));
        String now = fingerprint(loaded.state);
        if (!force && now != null && now.equals(loaded.fingerprint)) {
            return CompletableFuture.completedFuture(null);
        }
        return keyOf(turn).thenCompose(key -> storage.write(Map.of(key, loaded.state))).thenApply(written -> {
            loaded.fingerprint = now;
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> clearState(TurnContext turn) {
        turn.getTurnState().replace(turnStateKey, new Loaded(new ConcurrentHashMap<>(), fingerprint(null)));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> delete(TurnContext turn) {
        return keyOf(turn).thenCompose(key -> storage.delete(new String[] {key})).thenApply(deleted -> {
            turn.getTurnState().remove(turnStateKey);
            return null;
        });
    }

    /** The loaded state as JSON (an empty object when this turn loaded none). */
    @Override
    public JsonNode get(TurnContext turn) {
        Loaded loaded = loaded(turn);
        return fingerprints.valueToTree(loaded == null ? Map.of() : loaded.state);
    }

    /** This state is not kept in the SDK's cache, so there is none to give. */
    @Override
    public CachedBotState getCachedState(TurnContext turn) {
        throw new UnsupportedOperationException("OwnedBotState keeps no CachedBotState; use its properties");
    }

    @Override
    protected <T> CompletableFuture<T> getPropertyValue(TurnContext turn, String name) {
        return this.<T>createProperty(name).get(turn);
    }

    @Override
    protected CompletableFuture<Void> setPropertyValue(TurnContext turn, String name, Object value) {
        return createProperty(name).set(turn, value);
    }

    @Override
    protected CompletableFuture<Void> deletePropertyValue(TurnContext turn, String name) {
        return createProperty(name).delete(turn);
    }

    /** The loaded state of this turn (loaded by the caller). */
    private Map<String, Object> state(TurnContext turn) {
        return loaded(turn).state;
    }

    /** The storage key of this turn's state; failed for an activity without channel or conversation. */
    private CompletableFuture<String> keyOf(TurnContext turn) {
        try {
            return CompletableFuture.completedFuture(storageKey.apply(turn));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Loaded loaded(TurnContext turn) {
        return turn.getTurnState().get(turnStateKey);
    }

    /** The state as JSON without its eTag; null when it cannot be written as JSON (then it counts as changed). */
    private String fingerprint(Map<String, Object> state) {
        if (state == null) {
            return "";
        }
        // sorted: a HashMap copy of three entries less one can list the other two in another order
        Map<String, Object> withoutETag = new TreeMap<>(state);
        withoutETag.remove(MongoStorage.ETAG);
        try {
            return fingerprints.writeValueAsString(withoutETag);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    /** A named entry of the state, as the SDK's property accessors behave. */
    private final class Property<T> implements StatePropertyAccessor<T> {

        private final String name;

        Property(String name) {
            this.name = name;
        }

        @Override
        public CompletableFuture<T> get(TurnContext turn, Supplier<T> defaultValue) {
            return load(turn, false).thenApply(done -> {
                Map<String, Object> state = state(turn);
                @SuppressWarnings("unchecked")
                T value = (T) state.get(name);
                if (value == null && defaultValue != null) {
                    value = defaultValue.get();
                    if (value != null) {
                        state.put(name, value);
                    }
                }
                return value;
            });
        }

        @Override
        public CompletableFuture<Void> delete(TurnContext turn) {
            return load(turn, false).thenApply(done -> {
                state(turn).remove(name);
                return null;
            });
        }

        @Override
        public CompletableFuture<Void> set(TurnContext turn, T value) {
            return load(turn, false).thenApply(done -> {
                if (value == null) {
                    state(turn).remove(name);
                } else {
                    state(turn).put(name, value);
                }
                return null;
            });
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
