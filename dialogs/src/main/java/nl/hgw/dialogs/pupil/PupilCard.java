package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.microsoft.bot.schema.Activity;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.hgw.dialogs.CardTemplate;
import nl.hgw.dialogs.Messages;
import nl.hgw.nlp.Category;

/**
 * What is stored about one pupil, as a card ({@code pupil-card.json}): goal, needs by
 * category with who else needs them, strengths, the teacher's support needs, when. Shown
 * after saving and on "toon". Its button reopens the pupil ("wijzig").
 */
final class PupilCard {

    /** Dutch schools: dates in Dutch time. */
    private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");

    private final CardTemplate template = CardTemplate.load(PupilCard.class, "pupil-card.json");

    Activity activity(PupilPlan plan, Messages messages) {
        return CardTemplate.activity(card(plan, messages));
    }

    JsonNode card(PupilPlan plan, Messages messages) {
        String updated = plan.updatedAt() == null ? "" : messages.text("pupil.updated", Map.of("date",
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(SCHOOL_TIME).format(plan.updatedAt())));
        JsonNode card = template.part("card", Map.of(
            "title", plan.name(),
            "goal", messages.text("pupil.goal", Map.of("goal", plan.goal())),
            "updated", updated,
            "edit", messages.text("pupil.edit"),
            "name", plan.name()));
        ArrayNode needs = CardParts.items(card, "needs");
        for (Category category : Category.values()) {
            List<PlannedNeed> inCategory = plan.needs().stream().filter(need -> need.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            needs.add(template.part("heading", Map.of("text", messages.text("category." + category.id()))));
            for (PlannedNeed need : inCategory) {
                String reach = messages.text("reach." + need.reach().id(), Map.of("pupil", plan.name()));
                String line = messages.text("pupil.need", Map.of("text", need.text(), "reach", reach));
                needs.add(template.part("line", Map.of("text", line)));
            }
        }
        if (plan.needs().isEmpty()) {
            needs.add(template.part("line", Map.of("text", messages.text("pupil.noNeeds"))));
        }
        if (!plan.strengths().isEmpty()) {
            ArrayNode strengths = CardParts.items(card, "strengths");
            strengths.add(template.part("heading", Map.of("text", messages.text("pupil.strengths"))));
            strengths.add(template.part("line", Map.of("text", String.join(", ", plan.strengths()))));
        }
        ArrayNode support = CardParts.items(card, "support");
        support.add(template.part("heading", Map.of("text", messages.text("pupil.support"))));
        support.add(template.part("line", Map.of("text", supportText(plan.support(), messages))));
        CardParts.dropEmptyContainers(card);
        return card;
    }

    static String supportText(TeacherSupport support, Messages messages) {
        if (support.isEmpty()) {
            return messages.text("pupil.support.none");
        }
        List<String> parts = new ArrayList<>();
        support.kinds().forEach(kind -> parts.add(messages.text("support." + kind.id())));
        String kinds = String.join(", ", parts);
        if (support.text().isEmpty()) {
            return kinds;
        }
        return kinds.isEmpty() ? support.text() : kinds + ": '" + support.text() + "'";
    }
}
