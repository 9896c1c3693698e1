package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.builder.adapters.TestAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.hgw.dialogs.ConversationData;
import nl.hgw.dialogs.HgwBot;
import nl.hgw.dialogs.Role;
import nl.hgw.dialogs.UserProfile;

/** A teacher who was welcomed and gave a role already, talking to the bot through the SDK's test adapter. */
final class ConversationScript {

    final MemoryStorage storage;

    final InMemoryPupilRepository repository;

    final TestAdapter adapter;

    final Transcript transcript = new Transcript();

    /** The last card the bot sent (set by assertions that look at it). */
    final AtomicReference<JsonNode> lastCard = new AtomicReference<>();

    ConversationScript(String locale) {
        this(locale, new MemoryStorage(), new InMemoryPupilRepository(), "convo1");
    }

    ConversationScript(String locale, MemoryStorage storage, InMemoryPupilRepository repository, String conversation) {
        this.storage = storage;
        this.repository = repository;
        this.adapter = new TestAdapter();
        adapter.setLocale(locale);
        adapter.conversationReference().getConversation().setId(conversation);
        ChannelAccount user = adapter.conversationReference().getUser();
        user.setAadObjectId("aad-" + user.getId());
        adapter.use(transcript);
        welcomed(conversation);
    }

    HgwBot bot() {
        return new HgwBot(new ConversationState(storage), new UserState(storage), Engines.shared(), repository,
            nl.hgw.dialogs.report.ReportDesks.offline(),
            new nl.hgw.dialogs.spiegel.InMemorySpiegelRepository(),
            new nl.hgw.dialogs.reminder.InMemoryReminderRepository(),
            new nl.hgw.dialogs.group.InMemoryGroupRepository(), java.time.Clock.systemUTC());
    }

    /** A card submit, filled in when the flow gets there (the card it answers is known by then). */
    Activity submit() {
        Activity submit = adapter.makeActivity();
        submit.setText(null);
        return submit;
    }

    static void fill(Activity submit, Map<String, Object> value) {
        submit.setValue(new LinkedHashMap<>(value));
    }

    private void welcomed(String conversation) {
        ConversationData data = new ConversationData();
        data.setWelcomed(true);
        UserProfile profile = new UserProfile();
        profile.setRole(Role.TEACHER);
        Map<String, Object> conversationState = new HashMap<>(Map.of("conversationData", data));
        Map<String, Object> userState = new HashMap<>(Map.of("userProfile", profile));
        storage.write(Map.of("test/conversations/" + conversation, conversationState,
            "test/users/" + adapter.conversationReference().getUser().getId(), userState)).join();
    }
}
