package nl.hgw.bot.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Well-formed messages with odd content, each of which must be answered at the Connector: card
 * submits with odd values, attachments that lie about their type or cannot be fetched, and
 * mentions whose offsets and texts do not fit the message. A part of {@link ActivityFuzzer}.
 */
final class ContentFuzzer {

    private final ActivityFuzzer activities;

    private final JsonFuzzer json;

    private final String connector;

    private final String unreachable;

    private final int index;

    ContentFuzzer(ActivityFuzzer activities, JsonFuzzer json, String connector, String unreachable, int index) {
        this.activities = activities;
        this.json = json;
        this.connector = connector;
        this.unreachable = unreachable;
        this.index = index;
    }

    FuzzCase cardSubmit() {
        String conversation = activities.conversationId();
        ObjectNode activity = activities.personalMessage(conversation, null);
        switch (json.random().nextInt(4)) {
            case 0 -> activity.set("value", json.value(3));
            case 1 -> activity.set("value", cardValue());
            case 2 -> {
                activity.set("value", cardValue());
                activity.put("text", json.nasty());
            }
            default -> activity.put("value", json.nasty());
        }
        if (activity.get("value").isNull()) {
            activity.remove("value");
        }
        return FuzzCase.json(index, "activity/card-submit", ActivityFuzzer.PATH, activity.toString(), Set.of(202), conversation);
    }

    private ObjectNode cardValue() {
        ObjectNode value = json.object(2);
        value.set("hgwCard", json.random().nextBoolean() ? JsonNodeFactory.instance.textNode(json.pick("needs", "reach",
            "support", "help", "role", "spiegel", "delete", "report", "x")) : json.value(1));
        value.set("hgwAction", json.random().nextBoolean() ? JsonNodeFactory.instance.textNode(json.pick("done", "back",
            "stop", "save", "add", "role", "new_pupil", "list", "help", "mirror", "zzz")) : json.value(1));
        if (json.random().nextBoolean()) {
            value.set("hgwCommand", JsonNodeFactory.instance.textNode(json.pick("help", "role", "new_pupil", "list",
                "report", "mirror", "nothing")));
        }
        for (int i = 0; i < json.random().nextInt(4); i++) {
            value.set(json.pick("need-1", "keep-1", "reach-1", "category", "text", "kinds", "goal", "answer", "role"),
                json.value(1));
        }
        return value;
    }

    /** A file whose declared type lies about its content, or that cannot be fetched at all. */
    FuzzCase attachment() {
        String conversation = activities.conversationId();
        ObjectNode activity = activities.personalMessage(conversation,
            json.random().nextBoolean() ? "" : "herformuleer verslag");
        ArrayNode attachments = activity.putArray("attachments");
        int count = 1 + json.random().nextInt(3);
        for (int i = 0; i < count; i++) {
            ObjectNode attachment = attachments.addObject();
            String type = json.pick("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/pdf", "text/plain", "image/png", "application/msword", "application/octet-stream",
                "application/vnd.microsoft.teams.file.download.info", "application/vnd.microsoft.card.adaptive",
                "text/html", "", json.string(8));
            attachment.put("contentType", type);
            attachment.put("name", json.pick("verslag.docx", "verslag.pdf", "../../etc/passwd", "", json.string(20)));
            String url = fileUrl();
            if (type.endsWith("download.info")) {
                ObjectNode content = attachment.putObject("content");
                if (json.random().nextBoolean()) {
                    content.put("downloadUrl", url);
                } else {
                    content.set("downloadUrl", json.value(1));
                }
                content.put("fileType", json.pick("docx", "pdf", "png", ""));
                if (json.random().nextBoolean()) {
                    attachment.put("contentUrl", url);
                }
            } else if (json.random().nextInt(5) > 0) {
                attachment.put("contentUrl", url);
            } else {
                attachment.set("content", json.value(2));
            }
        }
        return FuzzCase.json(index, "activity/attachment", ActivityFuzzer.PATH, activity.toString(), Set.of(202), conversation);
    }

    /** Where the WireMock serves garbage, nothing, or a real report; or no usable URL at all. */
    private String fileUrl() {
        return switch (json.random().nextInt(12)) {
            case 0 -> "file:///etc/passwd";
            case 1 -> "not a url";
            case 2 -> "ftp://127.0.0.1/verslag.docx";
            case 3 -> unreachable + "/verslag.docx";
            case 4 -> "javascript:alert(1)";
            default -> connector + "/files/" + json.pick(FuzzFiles.NAMES);
        };
    }

    /** Teams mentions with offsets and texts that do not fit the message. */
    FuzzCase mentions() {
        String conversation = activities.conversationId();
        boolean personal = json.random().nextBoolean();
        ObjectNode activity = activities.personalMessage(conversation, "<at>HGW-assistent</at> " + activities.text());
        if (!personal) {
            activity.with("conversation").put("conversationType", json.pick("channel", "groupChat"));
        }
        ArrayNode entities = activity.putArray("entities");
        int count = 1 + json.random().nextInt(3);
        for (int i = 0; i < count; i++) {
            ObjectNode mention = entities.addObject();
            mention.put("type", json.pick("mention", "mention", "clientInfo", "Mention", ""));
            switch (json.random().nextInt(3)) {
                case 0 -> mention.putObject("mentioned").put("id", "bot-1").put("name", "HGW-assistent");
                case 1 -> mention.set("mentioned", json.value(1));
                default -> { }
            }
            mention.set("text", json.random().nextBoolean() ? JsonNodeFactory.instance.textNode("<at>HGW-assistent</at>")
                : json.value(1));
            mention.set("startIndex", json.random().nextBoolean() ? json.number() : json.value(1));
            mention.set("endIndex", json.number());
        }
        return FuzzCase.json(index, "activity/mentions", ActivityFuzzer.PATH, activity.toString(), Set.of(202),
            personal ? conversation : null);
    }
}
