package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.BotState;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.StoreItem;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.builder.adapters.TestAdapter;
import com.microsoft.bot.schema.Activity;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import nl.hgw.bot.HgwProperties.StateFormat;
import nl.hgw.dialogs.ConversationData;
import nl.hgw.dialogs.Role;
import nl.hgw.dialogs.UserProfile;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage through the real driver against the embedded server, seeded per test. */
class MongoStorageTest {

    @TempDir
    Path dataDir;

    private EmbeddedMongo server;

    private MongoClient client;

    private MongoStorage storage;

    @BeforeEach
    void open() {
        server = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(server.connectionString());
        storage = new MongoStorage(database());
        storage.createIndexes();
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void readsBackWhatItWroteWithTheSameTypes() {
        storage.write(Map.of(
            "msteams/conversations/c1", conversationState(true),
            "msteams/users/u1", Map.of("userProfile", profile(Role.CARE_COORDINATOR)))).join();

        Map<String, Object> read = storage.read(new String[] {"msteams/conversations/c1", "msteams/users/u1"}).join();

        assertThat(read).containsOnlyKeys("msteams/conversations/c1", "msteams/users/u1");
        Map<?, ?> conversation = (Map<?, ?>) read.get("msteams/conversations/c1");
        assertThat(conversation.get("conversationData")).isInstanceOf(ConversationData.class);
        assertThat(((ConversationData) conversation.get("conversationData")).isWelcomed()).isTrue();
        assertThat(conversation.get("turns")).isEqualTo(3);
        assertThat(conversation.get("eTag")).as("the eTag it was stored with").isInstanceOf(String.class);
        Map<?, ?> user = (Map<?, ?>) read.get("msteams/users/u1");
        assertThat(((UserProfile) user.get("userProfile")).getRole()).isEqualTo(Role.CARE_COORDINATOR);
    }

    @Test
    void leavesOutKeysWithNothingStored() {
        storage.write(Map.of("a", conversationState(false))).join();

        assertThat(storage.read(new String[] {"a", "b"}).join()).containsOnlyKeys("a");
        assertThat(storage.read(new String[0]).join()).isEmpty();
    }

    @Test
    void deletesItems() {
        storage.write(Map.of("a", conversationState(false), "b", conversationState(false))).join();

        storage.delete(new String[] {"a", "unknown"}).join();

        assertThat(storage.read(new String[] {"a", "b"}).join()).containsOnlyKeys("b");
    }

    @Test
    void keepsFieldNamesWithDotsAndDollars() {
        Map<String, Object> state = new HashMap<>();
        state.put("card", Map.of("$schema", "http://adaptivecards.io/schemas/adaptive-card.json", "a.b", List.of(1, 2L)));
        storage.write(Map.of("odd", state)).join();

        Map<?, ?> read = (Map<?, ?>) storage.read(new String[] {"odd"}).join().get("odd");

        @SuppressWarnings("unchecked")
        Map<String, Object> card = (Map<String, Object>) read.get("card");
        assertThat(card).containsEntry("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
            .containsEntry("a.b", List.of(1, 2L));
    }

    @Test
    void storesTheStateAsJsonTextWithoutItsETag() throws Exception {
        storage.write(Map.of("msteams/conversations/c1", conversationState(true))).join();

        BsonDocument stored = stored("msteams/conversations/c1");

        assertThat(stored.get("state").isString()).as("one string, not a tree of documents").isTrue();
        JsonNode state = new ObjectMapper().readTree(stored.getString("state").getValue());
        assertThat(state.has("conversationData")).isTrue();
        assertThat(state.get("turns").intValue()).isEqualTo(3);
        assertThat(state.has("eTag")).as("the eTag is a field of the document only").isFalse();
        assertThat(stored.getString("eTag").getValue()).isNotBlank();
    }

    @Test
    void readsStateThatEarlierVersionsStoredAsADocument() {
        // the way versions before 2026-11-25 wrote state (and HGW_STATE_FORMAT=document still does)
        MongoStorage earlier = new MongoStorage(database(), StateFormat.DOCUMENT);
        Map<String, Object> conversation = conversationState(true);
        conversation.put("values", new ArrayList<>(List.of(7L, 2.5, new byte[] {1, 2, 3}, "tekst")));
        earlier.write(Map.of("msteams/conversations/c1", conversation,
            "msteams/users/u1", Map.of("userProfile", profile(Role.CARE_COORDINATOR)))).join();
        assertThat(stored("msteams/conversations/c1").get("state").isDocument()).isTrue();

        Map<String, Object> read = storage.read(new String[] {"msteams/conversations/c1", "msteams/users/u1"}).join();

        Map<?, ?> state = (Map<?, ?>) read.get("msteams/conversations/c1");
        assertThat(((ConversationData) state.get("conversationData")).isWelcomed()).isTrue();
        assertThat(state.get("turns")).isEqualTo(3);
        List<?> values = (List<?>) state.get("values");
        assertThat(values.get(0)).isEqualTo(7L);
        assertThat(values.get(1)).isEqualTo(2.5);
        assertThat((byte[]) values.get(2)).containsExactly(1, 2, 3);
        assertThat(values.get(3)).isEqualTo("tekst");
        assertThat(state.get("eTag")).isEqualTo(stored("msteams/conversations/c1").getString("eTag").getValue());
        Map<?, ?> user = (Map<?, ?>) read.get("msteams/users/u1");
        assertThat(((UserProfile) user.get("userProfile")).getRole()).isEqualTo(Role.CARE_COORDINATOR);

        storage.write(Map.of("msteams/conversations/c1", state)).join();
        assertThat(stored("msteams/conversations/c1").get("state").isString())
            .as("written back as text, checked against the eTag it was read with").isTrue();
    }

    @Test
    void theDocumentFormatRewritesTextStatesForEarlierVersionsKeepingTheirETags() {
        storage.write(Map.of("msteams/conversations/c1", conversationState(true),
            "msteams/users/u1", Map.of("userProfile", profile(Role.TEACHER)))).join();
        Map<String, Object> readBefore = storage.read(new String[] {"msteams/conversations/c1"}).join();
        MongoStorage documents = new MongoStorage(database(), StateFormat.DOCUMENT);

        assertThat(documents.rewriteTextAsDocuments()).isEqualTo(2);
        assertThat(documents.rewriteTextAsDocuments()).as("nothing left to rewrite").isZero();

        BsonDocument user = stored("msteams/users/u1");
        assertThat(user.get("state").isDocument()).isTrue();
        assertThat(user.getDocument("state").toJson()).contains("TEACHER");
        Map<?, ?> read = (Map<?, ?>) documents.read(new String[] {"msteams/users/u1"}).join().get("msteams/users/u1");
        assertThat(((UserProfile) read.get("userProfile")).getRole()).isEqualTo(Role.TEACHER);
        documents.write(Map.of("msteams/conversations/c1", readBefore.get("msteams/conversations/c1"))).join();
        assertThat(stored("msteams/conversations/c1").get("state").isDocument())
            .as("a turn that read before the rewrite still passes the eTag check").isTrue();
    }

    @Test
    void refusesToLoadClassesOutsideTheAllowedPackages() {
        database().getCollection(MongoStorage.COLLECTION, BsonDocument.class).insertOne(new BsonDocument("_id",
            new BsonString("evil")).append("eTag", new BsonString("1")).append("type", new BsonString("java.net.URL"))
            .append("state", new BsonDocument()));

        collection().insertOne(new BsonDocument("_id", new BsonString("evil-text")).append("eTag", new BsonString("1"))
            .append("type", new BsonString("java.net.URL")).append("state", new BsonString("{}")));

        for (String key : List.of("evil", "evil-text")) {
            assertThatThrownBy(() -> storage.read(new String[] {key}).join())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may not be loaded");
        }
    }

    private BsonDocument stored(String key) {
        return collection().find(new BsonDocument("_id", new BsonString(key))).first();
    }

    private MongoCollection<BsonDocument> collection() {
        return database().getCollection(MongoStorage.COLLECTION, BsonDocument.class);
    }

    @Test
    void survivesARestartOnTheSameDataDirectory() {
        storage.write(Map.of("msteams/users/u1", Map.of("userProfile", profile(Role.TEACHER)))).join();
        close();

        open();

        Map<?, ?> user = (Map<?, ?>) storage.read(new String[] {"msteams/users/u1"}).join().get("msteams/users/u1");
        assertThat(((UserProfile) user.get("userProfile")).getRole()).isEqualTo(Role.TEACHER);
    }

    @Test
    void everyWriteIsCommittedAtOnceSoAKilledBotLosesNothing() {
        storage.write(Map.of("k", conversationState(true))).join();
        assertThat(server.hasUncommittedChanges()).as("after a write").isFalse();

        storage.delete(new String[] {"k"}).join();
        assertThat(server.hasUncommittedChanges()).as("after a delete").isFalse();
    }

    @Nested
    class OptimisticConcurrency {

        @Test
        void aWriteWithAStaleETagFails() {
            storage.write(Map.of("k", conversationState(false))).join();
            Object first = storage.read(new String[] {"k"}).join().get("k");
            Object second = storage.read(new String[] {"k"}).join().get("k");

            storage.write(Map.of("k", first)).join();

            assertThatThrownBy(() -> storage.write(Map.of("k", second)).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ETagConflictException.class);
        }

        @Test
        void theWinnerCanWriteAgainWithItsNewETag() {
            storage.write(Map.of("k", conversationState(false))).join();
            Object item = storage.read(new String[] {"k"}).join().get("k");

            storage.write(Map.of("k", item)).join();
            storage.write(Map.of("k", item)).join();

            Map<?, ?> stored = (Map<?, ?>) storage.read(new String[] {"k"}).join().get("k");
            assertThat(stored.get("eTag")).isEqualTo(((Map<?, ?>) item).get("eTag"));
        }

        @Test
        void aMissingOrStarETagOverwrites() {
            storage.write(Map.of("k", conversationState(false))).join();
            Map<String, Object> star = conversationState(true);
            star.put("eTag", "*");

            storage.write(Map.of("k", conversationState(false))).join();
            storage.write(Map.of("k", star)).join();

            Map<?, ?> read = (Map<?, ?>) storage.read(new String[] {"k"}).join().get("k");
            assertThat(((ConversationData) read.get("conversationData")).isWelcomed()).isTrue();
        }

        @Test
        void aWriteWithAnETagForAnItemDeletedMeanwhileFails() {
            storage.write(Map.of("k", conversationState(false))).join();
            Object item = storage.read(new String[] {"k"}).join().get("k");
            storage.delete(new String[] {"k"}).join();

            assertThatThrownBy(() -> storage.write(Map.of("k", item)).join())
                .hasCauseInstanceOf(ETagConflictException.class);
        }

        @Test
        void storeItemsCarryTheirETag() {
            Note note = new Note();
            note.setCount(1);
            storage.write(Map.of("note", note)).join();
            assertThat(note.getETag()).isNotBlank();
            Note stale = (Note) storage.read(new String[] {"note"}).join().get("note");
            Note fresh = (Note) storage.read(new String[] {"note"}).join().get("note");

            fresh.setCount(2);
            storage.write(Map.of("note", fresh)).join();

            assertThatThrownBy(() -> storage.write(Map.of("note", stale)).join())
                .hasCauseInstanceOf(ETagConflictException.class);
            assertThat(((Note) storage.read(new String[] {"note"}).join().get("note")).getCount()).isEqualTo(2);
        }

        @Test
        void twoBotInstancesSavingOneConversationCannotBothWin() {
            BotState instanceA = OwnedBotState.conversation(storage);
            BotState instanceB = OwnedBotState.conversation(storage);
            TestAdapter adapter = new TestAdapter();
            TurnContext turnA = new TurnContextImpl(adapter, message(adapter));
            TurnContext turnB = new TurnContextImpl(adapter, message(adapter));
            StatePropertyAccessor<ConversationData> dataA = instanceA.createProperty("conversationData");
            StatePropertyAccessor<ConversationData> dataB = instanceB.createProperty("conversationData");
            dataA.get(turnA, ConversationData::new).join();
            instanceA.saveChanges(turnA, true).join();

            ConversationData seenByA = dataA.get(turnA, ConversationData::new).join();
            instanceB.load(turnB, true).join();
            ConversationData seenByB = dataB.get(turnB, ConversationData::new).join();
            seenByA.setWelcomed(true);
            seenByB.setWelcomed(true);
            instanceA.saveChanges(turnA).join();

            assertThatThrownBy(() -> instanceB.saveChanges(turnB).join())
                .hasCauseInstanceOf(ETagConflictException.class);
        }
    }

    /**
     * Bot state is keyed by channel and conversation (or user), as the SDK builds the keys, so
     * one team's turn reads only its own conversation's state. Each document names its owner,
     * so a team's or a tenant's state can be deleted without touching anyone else's.
     */
    @Nested
    class Owners {

        @Test
        void conversationStateNamesItsTenantAndTeamAndUserStateItsTenant() {
            TestAdapter adapter = new TestAdapter();
            TurnContext turn = new TurnContextImpl(adapter, teams(adapter, "tenant-1", "team-a", "19:general@thread"));
            BotState conversation = OwnedBotState.conversation(storage);
            BotState user = OwnedBotState.user(storage);
            conversation.createProperty("conversationData").get(turn, ConversationData::new).join();
            user.createProperty("userProfile").get(turn, UserProfile::new).join();

            conversation.saveChanges(turn).join();
            user.saveChanges(turn).join();

            BsonDocument saved = stored("msteams/conversations/19:general@thread");
            assertThat(saved.getString("tenantId").getValue()).isEqualTo("tenant-1");
            assertThat(saved.getString("teamId").getValue()).isEqualTo("team-a");
            BsonDocument savedUser = stored("msteams/users/" + turn.getActivity().getFrom().getId());
            assertThat(savedUser.getString("tenantId").getValue()).isEqualTo("tenant-1");
            assertThat(savedUser.containsKey("teamId")).as("a user works in several teams").isFalse();
        }

        @Test
        void theSameOwnerAgainIsNoChangeToSave() {
            TestAdapter adapter = new TestAdapter();
            BotState conversation = OwnedBotState.conversation(storage);
            TurnContext first = new TurnContextImpl(adapter, teams(adapter, "tenant-1", "team-a", "c-owner"));
            conversation.createProperty("conversationData").get(first, ConversationData::new).join();
            conversation.saveChanges(first).join();
            String eTag = stored("msteams/conversations/c-owner").getString(MongoStorage.ETAG).getValue();
            conversation.saveChanges(first).join();
            assertThat(stored("msteams/conversations/c-owner").getString(MongoStorage.ETAG).getValue())
                .as("saved again in the same turn: the eTag the write put into the state is no change").isEqualTo(eTag);

            TurnContext second = new TurnContextImpl(adapter, teams(adapter, "tenant-1", "team-a", "c-owner"));
            conversation.createProperty("conversationData").get(second, ConversationData::new).join();
            conversation.saveChanges(second).join();

            assertThat(stored("msteams/conversations/c-owner").getString(MongoStorage.ETAG).getValue())
                .as("not written again").isEqualTo(eTag);
        }

        @Test
        void aTeamsStateIsDeletedWithTheTeamAndATenantsWithTheTenant() {
            storage.write(Map.of(
                "msteams/conversations/a", owned("tenant-1", "team-a"),
                "msteams/conversations/a-thread", owned("tenant-1", "team-a"),
                "msteams/conversations/b", owned("tenant-1", "team-b"),
                "msteams/conversations/other-tenant-a", owned("tenant-2", "team-a"),
                "msteams/users/u1", owned("tenant-1", null),
                "msteams/users/u2", owned("tenant-2", null),
                "msteams/conversations/before-owners", conversationState(true))).join();

            assertThat(MongoStorage.deleteAllOfTeam(database(), new nl.hgw.dialogs.pupil.TeamScope("tenant-1", "team-a")))
                .isEqualTo(2);
            assertThat(keys()).containsExactlyInAnyOrder("msteams/conversations/b", "msteams/conversations/other-tenant-a",
                "msteams/users/u1", "msteams/users/u2", "msteams/conversations/before-owners");

            assertThat(MongoStorage.deleteAllOfTenant(database(), "tenant-1")).isEqualTo(2);
            assertThat(keys()).containsExactlyInAnyOrder("msteams/conversations/other-tenant-a", "msteams/users/u2",
                "msteams/conversations/before-owners");
        }

        @Test
        void anotherConversationsKeyReadsNothingOfIt() {
            storage.write(Map.of("msteams/conversations/19:team-a@thread", owned("tenant-1", "team-a"))).join();

            assertThat(storage.read(new String[] {"msteams/conversations/19:team-b@thread",
                "msteams/conversations/19:team-a", "msteams/conversations/.*", "msteams/conversations/19:TEAM-A@thread"})
                .join()).isEmpty();
        }

        private Map<String, Object> owned(String tenant, String team) {
            Map<String, Object> state = conversationState(true);
            state.put(StateOwner.KEY, new StateOwner(tenant, team));
            return state;
        }

        private BsonDocument stored(String key) {
            return database().getCollection(MongoStorage.COLLECTION, BsonDocument.class)
                .find(new BsonDocument("_id", new BsonString(key))).first();
        }

        private List<String> keys() {
            return database().getCollection(MongoStorage.COLLECTION, BsonDocument.class).find()
                .map(document -> document.getString("_id").getValue()).into(new java.util.ArrayList<>());
        }
    }

    private static Activity teams(TestAdapter adapter, String tenant, String team, String conversationId) {
        Activity message = message(adapter);
        com.microsoft.bot.schema.ConversationAccount conversation = new com.microsoft.bot.schema.ConversationAccount();
        conversation.setId(conversationId);
        message.setConversation(conversation);
        message.setChannelData(Map.of("tenant", Map.of("id", tenant), "team", Map.of("id", team)));
        return message;
    }

    private static Activity message(TestAdapter adapter) {
        Activity message = adapter.makeActivity("hallo");
        message.setChannelId("msteams");
        return message;
    }

    private MongoDatabase database() {
        return client.getDatabase("hgw-test");
    }

    private static Map<String, Object> conversationState(boolean welcomed) {
        ConversationData data = new ConversationData();
        data.setWelcomed(welcomed);
        Map<String, Object> state = new HashMap<>();
        state.put("conversationData", data);
        state.put("turns", 3);
        return state;
    }

    private static UserProfile profile(Role role) {
        UserProfile profile = new UserProfile();
        profile.setRole(role);
        return profile;
    }

    /** A state object that is a {@link StoreItem}. */
    public static class Note implements StoreItem {

        private String eTag;

        private int count;

        @Override
        public String getETag() {
            return eTag;
        }

        @Override
        public void setETag(String withETag) {
            eTag = withETag;
        }

        public int getCount() {
            return count;
        }

        public void setCount(int count) {
            this.count = count;
        }
    }
}
