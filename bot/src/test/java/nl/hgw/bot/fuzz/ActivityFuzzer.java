package nl.hgw.bot.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Activities for {@code POST /api/messages}: well-formed ones that must be answered at the
 * Connector, odd but valid ones, and broken ones. Every service and file URL points at the
 * test's own WireMock (or a closed loopback port): nothing leaves the machine.
 */
final class ActivityFuzzer {

    static final String PATH = "/api/messages";

    /** Above the /api/messages body limit: must be 413. */
    static final int HUGE_MIN = 1024 * 1024 + 1;

    static final int HUGE_MAX = 5 * 1024 * 1024;

    private static final String[] TYPES = {"message", "conversationUpdate", "contactRelationUpdate", "typing",
        "endOfConversation", "event", "invoke", "deleteUserData", "messageUpdate", "messageDelete",
        "installationUpdate", "messageReaction", "suggestion", "trace", "handoff", "command", "commandResult", "delay",
        "invokeResponse", "MESSAGE", "Message", "foo", "", " "};

    private static final String[] CHANNELS = {"msteams", "webchat", "emulator", "directline", "slack", "test",
        "x-unknown"};

    private static final String[] LOCALES = {"nl-NL", "en-US", "nl", "en", "en-GB", "de-DE", "", "xx-XX", "nl_NL",
        "EN", "zh-Hant-TW", "nl-NL-x-" + "a".repeat(300)};

    private final JsonFuzzer json;

    private final String connector;

    private final String unreachable;

    private final int index;

    private final ContentFuzzer rich;

    /**
     * @param connector   the WireMock base URL (Connector and file server)
     * @param unreachable a loopback URL where nothing listens
     */
    ActivityFuzzer(JsonFuzzer json, String connector, String unreachable, int index) {
        this.json = json;
        this.connector = connector;
        this.unreachable = unreachable;
        this.index = index;
        this.rich = new ContentFuzzer(this, json, connector, unreachable, index);
    }

    FuzzCase next() {
        int roll = json.random().nextInt(1000);
        if (roll < 140) {
            return message();
        }
        if (roll < 200) {
            return rich.cardSubmit();
        }
        if (roll < 260) {
            return rich.attachment();
        }
        if (roll < 310) {
            return rich.mentions();
        }
        if (roll < 350) {
            return longConversationId();
        }
        if (roll < 420) {
            return oddFields();
        }
        if (roll < 470) {
            return unknownType();
        }
        if (roll < 500) {
            return conversationUpdate();
        }
        if (roll < 530) {
            return invoke();
        }
        if (roll < 550) {
            return expectReplies();
        }
        if (roll < 640) {
            return any("wrong-type", json.withWrongType(personalMessage(conversationId(), text())).toString());
        }
        if (roll < 720) {
            return any("missing-field", json.withoutField(personalMessage(conversationId(), text())).toString());
        }
        if (roll < 770) {
            return new FuzzCase(index, "activity/invalid-utf8", PATH, jsonType(),
                json.invalidUtf8(personalMessage(conversationId(), "Joost é ü 中文 \uD83D\uDE00").toString()),
                // a bad byte may land in the service URL's port: then the Connector is unreachable, a 502
                Set.of(202, 400, 502), null);
        }
        if (roll < 810) {
            return new FuzzCase(index, "activity/truncated", PATH, jsonType(),
                json.truncated(personalMessage(conversationId(), text()).toString().getBytes(StandardCharsets.UTF_8)),
                Set.of(400), null);
        }
        if (roll < 840) {
            return new FuzzCase(index, "activity/random-bytes", PATH, jsonType(), json.randomBytes(json.between(0, 4000)),
                Set.of(400), null);
        }
        if (roll < 890) {
            return any("random-json", json.value(4).toString());
        }
        if (roll < 920) {
            return contentType();
        }
        if (roll < 935) {
            return deep();
        }
        if (roll < 950) {
            return huge();
        }
        if (roll < 955) {
            return unreachableConnector();
        }
        // a malformed URL is a 400; a well-formed one where the Connector does not answer (404) a 502
        return FuzzCase.json(index, "activity/odd-service-url", PATH,
            withServiceUrl(personalMessage(conversationId(), "help"), oddServiceUrl()).toString(), Set.of(400, 502), null);
    }

    // --- well-formed: each must be answered at the Connector -------------------------------------

    private FuzzCase message() {
        String conversation = conversationId();
        ObjectNode activity = personalMessage(conversation, text());
        addJunk(activity);
        return FuzzCase.json(index, "activity/message", PATH, activity.toString(), Set.of(202), conversation);
    }

    private FuzzCase longConversationId() {
        int length = json.random().nextBoolean() ? json.between(200, 2_000) : json.between(2_000, 200_000);
        String conversation = "fz" + index + "-" + json.huge(length).replaceAll("[\\p{Cntrl}]", "x");
        ObjectNode activity = personalMessage(conversation, "help");
        return FuzzCase.json(index, "activity/long-conversation-id", PATH, activity.toString(), Set.of(), null);
    }

    /** Valid required fields, odd everything else. */
    private FuzzCase oddFields() {
        ObjectNode activity = personalMessage(conversationId(), text());
        for (int i = 0; i < 1 + json.random().nextInt(4); i++) {
            String field = json.pick("channelData", "timestamp", "localTimestamp", "locale", "replyToId", "id",
                "textFormat", "inputHint", "deliveryMode", "importance", "expiration", "suggestedActions", "speak",
                "summary", "label", "valueType", "name", "relatesTo", "semanticAction", "callerId", "localTimezone",
                "membersAdded", "membersRemoved", "reactionsAdded", "attachmentLayout", "entities", "listenFor",
                "textHighlights");
            activity.set(field, field.equals("channelData") ? channelData() : oddValueFor(field));
        }
        if (json.random().nextBoolean()) {
            ObjectNode from = activity.with("from");
            from.set(json.pick("id", "name", "aadObjectId", "role"), json.value(1));
        }
        if (json.random().nextBoolean()) {
            ObjectNode conversation = activity.with("conversation");
            conversation.set(json.pick("conversationType", "tenantId", "isGroup", "name"), json.value(1));
        }
        if (json.random().nextInt(4) == 0) {
            activity.remove("recipient");
        }
        return any("odd-fields", activity.toString());
    }

    private JsonNode oddValueFor(String field) {
        if (field.toLowerCase().contains("timestamp") && json.random().nextBoolean()) {
            return JsonNodeFactory.instance.textNode(json.pick("2026-11-24T10:00:00Z", "not a date", "2026-13-45T99:99:99Z",
                "2026-11-24", "0000-00-00T00:00:00Z", "+999999999-12-31T23:59:59Z", "2026-11-24T10:00:00.123456789012Z"));
        }
        return json.value(2);
    }

    private JsonNode channelData() {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        switch (json.random().nextInt(4)) {
            case 0 -> data.putObject("tenant").set("id", json.value(1));
            case 1 -> data.set("team", json.value(2));
            case 2 -> {
                data.putObject("team").put("id", json.nasty());
                data.set("tenant", json.value(1));
                data.set("channel", json.value(1));
            }
            default -> {
                return json.value(2);
            }
        }
        return data;
    }

    private FuzzCase unknownType() {
        ObjectNode activity = personalMessage(conversationId(), text());
        activity.put("type", json.random().nextInt(3) == 0 ? json.string() : json.pick(TYPES));
        if (json.random().nextBoolean()) {
            activity.set("value", json.value(2));
        }
        if (json.random().nextBoolean()) {
            activity.set("name", json.value(1));
        }
        return any("unknown-type", activity.toString());
    }

    private FuzzCase conversationUpdate() {
        String conversation = conversationId();
        ObjectNode activity = personalMessage(conversation, null);
        activity.put("type", "conversationUpdate");
        if (json.random().nextBoolean()) {
            activity.putArray("membersAdded").addObject().put("id", "user-" + index).put("name", json.string());
            return FuzzCase.json(index, "activity/conversation-update", PATH, activity.toString(), Set.of(202),
                conversation);
        }
        activity.set(json.pick("membersAdded", "membersRemoved"), json.value(2));
        return any("odd-conversation-update", activity.toString());
    }

    private FuzzCase invoke() {
        ObjectNode activity = personalMessage(conversationId(), null);
        activity.put("type", "invoke");
        activity.set("name", json.random().nextBoolean() ? JsonNodeFactory.instance.textNode(json.pick(
            "adaptiveCard/action", "signin/verifyState", "composeExtension/query", "task/fetch", "healthCheck",
            "application/search", "config/fetch", "fileConsent/invoke", json.string())) : json.value(1));
        activity.set("value", json.value(3));
        return any("invoke", activity.toString());
    }

    private FuzzCase expectReplies() {
        ObjectNode activity = personalMessage(conversationId(), text());
        activity.put("deliveryMode", "expectReplies");
        return FuzzCase.json(index, "activity/expect-replies", PATH, activity.toString(), Set.of(200), null);
    }

    private FuzzCase contentType() {
        String conversation = conversationId();
        ObjectNode activity = personalMessage(conversation, "help");
        String type = json.pick("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "application/json; charset=nope",
            "*/*", "garbage", "application/json; charset=UTF-16");
        return new FuzzCase(index, "activity/content-type", PATH, new String[] {"Content-Type", type},
            activity.toString().getBytes(StandardCharsets.UTF_8), Set.of(), null);
    }

    private FuzzCase deep() {
        String nested = json.deep(10_000);
        if (json.random().nextBoolean()) {
            return FuzzCase.json(index, "activity/deep", PATH, nested, Set.of(400), null);
        }
        String activity = personalMessage(conversationId(), "help").toString();
        String field = json.pick("value", "channelData", "entities", "x-unknown", "attachments");
        return FuzzCase.json(index, "activity/deep-field", PATH,
            activity.substring(0, activity.length() - 1) + ",\"" + field + "\":" + nested + "}", Set.of(400), null);
    }

    private FuzzCase huge() {
        String conversation = conversationId();
        ObjectNode activity = personalMessage(conversation, "help");
        String field = json.pick("text", "value", "x-unknown", "name", "locale", "id");
        activity.put(field, json.huge(json.between(HUGE_MIN, HUGE_MAX)));
        if (json.random().nextInt(4) == 0) {
            activity.with("conversation").put("id", json.huge(json.between(HUGE_MIN, HUGE_MAX)));
        }
        return FuzzCase.json(index, "activity/huge", PATH, activity.toString(), Set.of(413), null);
    }

    /** The Connector cannot be reached: the turn fails to deliver its reply, never with a 500. */
    private FuzzCase unreachableConnector() {
        return FuzzCase.json(index, "activity/unreachable-connector", PATH,
            personalMessage(conversationId(), "help").put("serviceUrl", unreachable).toString(), Set.of(502), null);
    }

    private String oddServiceUrl() {
        return json.pick("not a url", "", "ftp://127.0.0.1/", "http://", "https:///x", "mailto:a@b.c",
            "javascript:alert(1)", "file:///etc/passwd", "http://[::1", "http://127.0.0.1:99999/", "//127.0.0.1/",
            "127.0.0.1", connector + "/%zz", connector + "/" + json.string(10));
    }

    private static ObjectNode withServiceUrl(ObjectNode activity, String url) {
        return activity.put("serviceUrl", url);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private FuzzCase any(String kind, String body) {
        return FuzzCase.json(index, "activity/" + kind, PATH, body, Set.of(), null);
    }

    String conversationId() {
        return "fz-" + index + "-" + Long.toHexString(json.random().nextLong());
    }

    String text() {
        // long texts are rare: each costs the language engine up to a second, and a few hundred of them
        // in a run are plenty to find what breaks on length
        return switch (json.random().nextInt(15)) {
            case 0, 6, 7 -> json.nasty();
            case 1, 8, 9 -> json.string();
            case 2 -> json.random().nextInt(4) == 0 ? json.huge(json.between(1_000, 30_000))
                : json.string(json.between(200, 1_000));
            case 3, 10 -> "Joost heeft ADHD, gaat discussies aan en pikt instructies onvoldoende op. " + json.string(20);
            default -> json.nasty() + " " + json.nasty();
        };
    }

    /** A valid message in a personal chat, from a user to the bot, the way a channel sends it. */
    ObjectNode personalMessage(String conversation, String text) {
        ObjectNode activity = JsonNodeFactory.instance.objectNode();
        activity.put("type", "message");
        activity.put("id", "act-" + index);
        activity.put("timestamp", "2026-11-24T10:00:00.123Z");
        activity.put("channelId", json.pick(CHANNELS));
        activity.put("serviceUrl", connector);
        activity.put("locale", json.pick(LOCALES));
        activity.putObject("from").put("id", "user-" + index).put("name", "Juf Anna").put("role", "user");
        activity.putObject("recipient").put("id", "bot-1").put("name", "HGW-assistent").put("role", "bot");
        activity.putObject("conversation").put("id", conversation);
        if (text != null) {
            activity.put("text", text);
        }
        return activity;
    }

    /** Fields no channel sends: they must be ignored. */
    private void addJunk(ObjectNode activity) {
        for (int i = 0; i < json.random().nextInt(3); i++) {
            activity.set("x-" + json.string(6), json.value(2));
        }
    }

    private static String[] jsonType() {
        return new String[] {"Content-Type", "application/json"};
    }
}
