package nl.hgw.dialogs.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.hgw.dialogs.CardTemplate;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.CardParts;
import nl.hgw.dialogs.pupil.PupilPlan;

/**
 * The group overview card ({@code group-card.json}): the picture, the same overview as text, the
 * shared needs, and the choices to move a pupil or rename a circle, each of which can be typed.
 */
final class GroupCard {

    private final CardTemplate template = CardTemplate.load(GroupCard.class, "group-card.json");

    private final GroupText text = new GroupText();

    Activity activity(GroupOverview overview, URI picture, Messages messages) {
        return CardTemplate.activity(card(overview, picture, messages));
    }

    JsonNode card(GroupOverview overview, URI picture, Messages messages) {
        Map<String, String> values = new HashMap<>();
        values.put("fallback", text.whole(overview, messages));
        values.put("title", text.title(overview, messages));
        values.put("picture", picture.toString());
        values.put("alt", text.alt(overview, messages));
        values.put("sharedTitle", messages.text("group.shared.title"));
        values.put("movePupil", messages.text("group.move.pupil"));
        values.put("firstPupil", overview.pupils().isEmpty() ? "" : overview.pupils().get(0).name());
        values.put("moveCircle", messages.text("group.move.circle"));
        values.put("move", messages.text("group.move.submit"));
        values.put("renameCircle", messages.text("group.rename.circle"));
        values.put("renameName", messages.text("group.rename.name"));
        values.put("renamePlaceholder", messages.text("group.rename.placeholder"));
        values.put("rename", messages.text("group.rename.submit"));
        values.put("typing", text.typing(overview, messages));
        values.put("export", messages.text("group.export.submit"));
        ObjectNode card = template.part("overview", values);
        lines(CardParts.items(card, "circles"), text.circles(overview, messages));
        List<String> shared = text.shared(overview, messages);
        lines(CardParts.items(card, "shared"), shared.isEmpty() ? List.of(messages.text("group.shared.none")) : shared);
        ArrayNode pupils = choices(card, "pupil");
        List<PupilPlan> plans = overview.pupils();
        for (int i = 0; i < plans.size(); i++) {
            pupils.addObject().put("title", (i + 1) + ". " + plans.get(i).name()).put("value", plans.get(i).name());
        }
        for (String id : List.of("circle", "renameCircle")) {
            ArrayNode circles = choices(card, id);
            for (Circle circle : Circle.values()) {
                circles.addObject().put("title", circle.number() + ". " + overview.title(circle)).put("value", circle.id());
            }
        }
        return card;
    }

    /** The link to a .docx: a button, and the link as text for channels without cards. */
    Activity download(String title, String linkText, URI link, Messages messages) {
        Activity activity = CardTemplate.activity(template.part("download", Map.of("title", title,
            "download", messages.text("group.docx.download"), "url", link.toString())));
        activity.setText(linkText);
        return activity;
    }

    private void lines(ArrayNode items, List<String> lines) {
        lines.forEach(line -> items.add(template.part("line", Map.of("text", line))));
    }

    private static ArrayNode choices(JsonNode card, String id) {
        for (JsonNode element : card.path("body")) {
            if (id.equals(element.path("id").asText())) {
                return (ArrayNode) element.path("choices");
            }
        }
        throw new IllegalStateException("No input " + id + " in the group card");
    }
}
