package nl.hgw.dialogs.spiegel;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.builder.adapters.TestAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.hgw.dialogs.ConversationData;
import nl.hgw.dialogs.DownloadLinks;
import nl.hgw.dialogs.HgwBot;
import nl.hgw.dialogs.Role;
import nl.hgw.dialogs.UserProfile;
import nl.hgw.dialogs.pupil.Engines;
import nl.hgw.dialogs.pupil.InMemoryPupilRepository;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * A chat with the bot through the SDK's test adapter: a personal chat (welcomed, role known)
 * or a Teams channel or group chat where every message @mentions the bot. Teachers are named;
 * each has an Azure AD object id {@code aad-<name>}.
 */
final class SpiegelChat {

    static final Instant MONDAY = Instant.parse("2026-11-24T09:00:00Z");

    static final String BOT = "bot";

    final MemoryStorage storage;

    final InMemorySpiegelRepository repository;

    final MutableClock clock;

    final TestAdapter adapter;

    final ChatTranscript transcript = new ChatTranscript();

    /** The reminders scheduled from this chat. */
    final nl.hgw.dialogs.reminder.InMemoryReminderRepository reminders = new nl.hgw.dialogs.reminder.InMemoryReminderRepository();

    /** Where the bot publishes documents; by default links that lead nowhere. */
    DownloadLinks links = (team, name, type, content) -> java.net.URI.create("https://downloads.test/" + name);

    private final String conversationType;

    private final Map<String, Object> channelData;

    /** A personal chat of "Anna". */
    static SpiegelChat personal(String locale) {
        return new SpiegelChat(locale, "personal-1", "personal", null, new MemoryStorage(),
            new InMemorySpiegelRepository(), new MutableClock(MONDAY));
    }

    /** A group chat (its own team scope). */
    static SpiegelChat groupChat(String locale) {
        return new SpiegelChat(locale, "19:group-chat@thread.v2", "groupChat", Map.of("tenant", Map.of("id", "t1")),
            new MemoryStorage(), new InMemorySpiegelRepository(), new MutableClock(MONDAY));
    }

    /** A thread in the general channel of team {@code teamId}, on shared storage. */
    static SpiegelChat channelThread(String teamId, String thread, MemoryStorage storage,
            InMemorySpiegelRepository repository, MutableClock clock) {
        return new SpiegelChat("nl-NL", "19:general-" + teamId + "@thread.tacv2;messageid=" + thread, "channel",
            Map.of("team", Map.of("id", "19:" + teamId + "@thread.tacv2"), "tenant", Map.of("id", "t1")), storage,
            repository, clock);
    }

    SpiegelChat(String locale, String conversation, String conversationType, Map<String, Object> channelData,
            MemoryStorage storage, InMemorySpiegelRepository repository, MutableClock clock) {
        this.storage = storage;
        this.repository = repository;
        this.clock = clock;
        this.conversationType = conversationType;
        this.channelData = channelData;
        this.adapter = new TestAdapter();
        adapter.setLocale(locale);
        adapter.conversationReference().getConversation().setId(conversation);
        adapter.conversationReference().getBot().setId(BOT);
        adapter.use(transcript);
        adapter.setOnTurnError((turn, error) -> turn.sendActivity("TURN FAILED: " + error + " at "
            + java.util.Arrays.toString(java.util.Arrays.copyOf(error.getStackTrace(), 6))).thenApply(sent -> null));
        if ("personal".equals(conversationType)) {
            welcomed(conversation);
        }
    }

    HgwBot bot() {
        return new HgwBot(new ConversationState(storage), new UserState(storage), Engines.shared(),
            new InMemoryPupilRepository(), nl.hgw.dialogs.report.ReportDesks.publishingTo(links), repository, reminders,
            new nl.hgw.dialogs.group.InMemoryGroupRepository(), clock);
    }

    /** Anna writes (in a shared chat: with the @mention). */
    Activity say(String text) {
        return from("Anna", text);
    }

    Activity from(String teacher, String text) {
        return from(teacher, text, true);
    }

    /** A message of {@code teacher}; in a shared chat {@code mention} decides whether it @mentions the bot. */
    Activity from(String teacher, String text, boolean mention) {
        boolean shared = !"personal".equals(conversationType);
        Activity activity = base(teacher, shared && mention ? "<at>HGW-assistent</at> " + text : text);
        if (shared && mention) {
            Mention at = new Mention();
            at.setMentioned(new ChannelAccount(BOT, "HGW-assistent"));
            at.setText("<at>HGW-assistent</at>");
            activity.setEntities(List.of(Entity.getAs(at, Entity.class)));
        }
        return activity;
    }

    /**
     * A submit of a card's button, filled in when the flow gets there: the card it answers is
     * only known then ({@link #fill}).
     */
    Activity press(String teacher) {
        Activity submit = base(teacher, null);
        submit.setValue(new LinkedHashMap<String, Object>());
        return submit;
    }

    /** Fills a {@link #press} with the button's data ({@code hgwAction}) and the card's inputs, changed by {@code changes}. */
    @SuppressWarnings("unchecked")
    static void fill(Activity submit, JsonNode card, String action, Map<String, Object> changes) {
        Map<String, Object> value = (Map<String, Object>) submit.getValue();
        inputs(card, value);
        for (JsonNode button : card.path("actions")) {
            if (action.equals(button.path("data").path("hgwAction").asText())) {
                button.path("data").fields().forEachRemaining(field -> value.put(field.getKey(), field.getValue().asText()));
            }
        }
        if (!value.containsKey("hgwAction")) {
            throw new AssertionError("the card has no button " + action);
        }
        value.putAll(changes);
    }

    TeamScope team() {
        return TeamScope.of(say("x"));
    }

    private Activity base(String teacher, String text) {
        Activity activity = text == null ? adapter.makeActivity() : adapter.makeActivity(text);
        if (text == null) {
            activity.setText(null);
        }
        String id = teacher.toLowerCase(Locale.ROOT);
        ChannelAccount from = new ChannelAccount("user-" + id, teacher);
        from.setAadObjectId("aad-" + id);
        activity.setFrom(from);
        activity.getConversation().setConversationType(conversationType);
        if (channelData != null) {
            activity.setChannelData(channelData);
        }
        return activity;
    }

    private static void inputs(JsonNode node, Map<String, Object> value) {
        if (node.isObject() && node.path("type").asText().startsWith("Input.")) {
            value.put(node.path("id").asText(), node.path("value").asText(""));
        }
        node.forEach(child -> inputs(child, value));
    }

    private void welcomed(String conversation) {
        ConversationData data = new ConversationData();
        data.setWelcomed(true);
        UserProfile profile = new UserProfile();
        profile.setRole(Role.TEACHER);
        storage.write(Map.of("test/conversations/" + conversation, new HashMap<>(Map.of("conversationData", data)),
            "test/users/user-anna", new HashMap<>(Map.of("userProfile", profile)))).join();
    }

    /** Every TextBlock of a card, in order. */
    static List<String> texts(JsonNode card) {
        List<String> texts = new ArrayList<>();
        collect(card, texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isObject() && "TextBlock".equals(node.path("type").asText())) {
            texts.add(node.path("text").asText());
        }
        node.forEach(child -> collect(child, texts));
    }
}
