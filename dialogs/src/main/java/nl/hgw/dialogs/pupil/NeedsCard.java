package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.microsoft.bot.schema.Activity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.hgw.dialogs.CardTemplate;
import nl.hgw.dialogs.Messages;
import nl.hgw.nlp.Category;
import nl.hgw.nlp.reformulate.Reformulation;

/**
 * The needs of one pupil as an Adaptive Card ({@code needs-card.json}): grouped by category,
 * each with the fragment of the note it replaces, editable and removable; labels flagged
 * with the question what the teacher sees and hears; strengths named; a need can be added.
 * Also reads what comes back, from the card or typed.
 */
final class NeedsCard {

    static final String KIND = "needs";

    private static final Pattern REMOVE = Pattern.compile(
        "^(?:weg|verwijder|verwijderen|schrap|haal weg|remove|delete|drop)\\s+(\\d+)$|^(\\d+)\\s+(?:weg|verwijderen|schrappen|remove)$");

    private static final Pattern EDIT = Pattern.compile("^(\\d+)\\s*[:=]\\s*(.+)$", Pattern.DOTALL);

    private static final Pattern ADD = Pattern.compile("^(?:erbij|toevoegen|nieuw|add|new)\\s+([^:]+?)\\s*:\\s*(.+)$",
        Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final CardTemplate template = CardTemplate.load(NeedsCard.class, "needs-card.json");

    private final NoteEngine engine;

    NeedsCard(NoteEngine engine) {
        this.engine = engine;
    }

    Activity activity(PupilDraft draft, Messages messages) {
        return CardTemplate.activity(card(draft, messages));
    }

    JsonNode card(PupilDraft draft, Messages messages) {
        Map<String, String> values = Map.ofEntries(
            Map.entry("title", messages.text("needs.title", Map.of("pupil", draft.pupil))),
            Map.entry("goal", messages.text("needs.goal", Map.of("goal", draft.goal == null ? "" : draft.goal))),
            Map.entry("addTitle", messages.text("needs.add.title")),
            Map.entry("addCategory", messages.text("needs.add.category")),
            Map.entry("addText", messages.text("needs.add.text")),
            Map.entry("addPlaceholder", messages.text("needs.add.placeholder", Map.of("pupil", draft.pupil))),
            Map.entry("typing", messages.text("needs.typing")),
            Map.entry("done", messages.text("needs.done")),
            Map.entry("add", messages.text("needs.add")));
        JsonNode card = template.part("card", values);
        addLabels(card, draft, messages);
        if (!draft.strengths.isEmpty()) {
            CardParts.items(card, "strengths").add(template.part("strengths",
                Map.of("text", messages.text("needs.strengths", Map.of("strengths", String.join(", ", draft.strengths))))));
        }
        addNeeds(card, draft, messages);
        addQuestions(card, draft, messages);
        CardParts.choices(CardParts.element(card, "new.category"), categoryChoices(messages));
        CardParts.dropEmptyContainers(card);
        return card;
    }

    private void addLabels(JsonNode card, PupilDraft draft, Messages messages) {
        if (draft.labels.isEmpty()) {
            return;
        }
        ArrayNode items = CardParts.items(card, "labels");
        Set<String> names = new LinkedHashSet<>();
        draft.labels.forEach(label -> names.add(label.label));
        items.add(template.part("labelsTitle", Map.of("text",
            messages.text("needs.labels", Map.of("labels", String.join(", ", names))))));
        Set<String> questions = new LinkedHashSet<>();
        draft.labels.forEach(label -> questions.add(label.question));
        questions.forEach(question -> items.add(template.part("label", Map.of("text", question))));
        items.add(template.part("observation", Map.of("label", messages.text("needs.observation.label"),
            "placeholder", messages.text("needs.observation.placeholder"))));
    }

    private void addNeeds(JsonNode card, PupilDraft draft, Messages messages) {
        ArrayNode items = CardParts.items(card, "needs");
        if (draft.needs.isEmpty()) {
            items.add(template.part("empty", Map.of("text", messages.text("needs.none"))));
            return;
        }
        String category = null;
        for (int i = 0; i < draft.needs.size(); i++) {
            DraftNeed need = draft.needs.get(i);
            if (!need.category.equals(category)) {
                category = need.category;
                items.add(template.part("category", Map.of("name", messages.text("category." + category))));
            }
            String source = need.source.isEmpty() ? messages.text("needs.source.own")
                : messages.text("needs.source", Map.of("source", need.source));
            items.add(template.part("need", Map.of("id", String.valueOf(need.id), "number", (i + 1) + ".",
                "source", source, "text", need.text, "keep", messages.text("needs.keep"))));
            for (String label : need.labels) {
                items.add(template.part("needFlag", Map.of("text",
                    messages.text("needs.flag", Map.of("label", label, "pupil", draft.pupil)))));
            }
        }
    }

    private void addQuestions(JsonNode card, PupilDraft draft, Messages messages) {
        Set<String> labelQuestions = new LinkedHashSet<>();
        draft.labels.forEach(label -> labelQuestions.add(label.question));
        List<String> open = draft.questions.stream().filter(question -> !labelQuestions.contains(question)).toList();
        if (open.isEmpty()) {
            return;
        }
        ArrayNode items = CardParts.items(card, "questions");
        items.add(template.part("category", Map.of("name", messages.text("needs.questions"))));
        open.forEach(question -> items.add(template.part("question", Map.of("text", question))));
    }

    static List<Map.Entry<String, String>> categoryChoices(Messages messages) {
        List<Map.Entry<String, String>> choices = new ArrayList<>();
        for (Category category : Category.values()) {
            choices.add(Map.entry(messages.text("category." + category.id()), category.id()));
        }
        return choices;
    }

    /** Takes the needs of a reformulation into the draft (a note, or an addition to it). */
    static int take(PupilDraft draft, Reformulation reading) {
        for (Reformulation.Need need : reading.needs()) {
            draft.addNeed(need.category(), need.text(), need.source(), need.rule());
        }
        for (Reformulation.LabelFinding label : reading.labels()) {
            if (draft.labels.stream().noneMatch(known -> known.label.equals(label.label()))) {
                draft.labels.add(new DraftLabel(label.label(), label.question()));
            }
        }
        for (Reformulation.StrengthFinding strength : reading.strengths()) {
            if (!draft.strengths.contains(strength.text())) {
                draft.strengths.add(strength.text());
            }
        }
        for (String question : reading.questions()) {
            if (!draft.questions.contains(question)) {
                draft.questions.add(question);
            }
        }
        return reading.needs().size();
    }

    /** Applies a submit of this card, or typed text, to the draft. */
    Outcome apply(PupilDraft draft, JsonNode answer, Messages messages) {
        if (answer.has(CardPrompt.TYPED)) {
            return applyTyped(draft, answer.path(CardPrompt.TYPED).asText(), messages);
        }
        int changed = 0;
        for (DraftNeed need : List.copyOf(draft.needs)) {
            String prefix = "need." + need.id + ".";
            boolean keep = !"false".equalsIgnoreCase(answer.path(prefix + "keep").asText("true"));
            JsonNode text = answer.get(prefix + "text");
            if (!keep || (text != null && text.asText().isBlank())) {
                draft.needs.remove(need);
                changed++;
            } else if (text != null && !text.asText().strip().equals(need.text)) {
                edit(draft, need, text.asText(), messages);
                changed++;
            }
        }
        String added = answer.path("new.text").asText("").strip();
        if (!added.isEmpty()) {
            String category = Category.fromId(answer.path("new.category").asText("")).orElse(Category.INSTRUCTION).id();
            DraftNeed need = draft.addNeed(category, added, "");
            need.labels = new ArrayList<>(engine.labelsIn(added, draft.pupil, messages));
            changed++;
        }
        String observation = answer.path("observation").asText("").strip();
        int read = observation.isEmpty() ? 0 : take(draft, engine.reformulate(observation, draft.goal, draft.pupil, messages));
        if ("done".equals(answer.path(CardPrompt.ACTION).asText()) && read == 0) {
            return Outcome.DONE;
        }
        if (read > 0) {
            return Outcome.again(messages.text("needs.read", Map.of("count", String.valueOf(read))));
        }
        return Outcome.again(changed == 0 ? null : messages.text("needs.changed"));
    }

    private Outcome applyTyped(PupilDraft draft, String typed, Messages messages) {
        String normal = Typed.normalise(typed);
        if (Typed.isOneOf(normal, messages, "common.done.words")) {
            return Outcome.DONE;
        }
        Matcher remove = REMOVE.matcher(normal);
        if (remove.matches()) {
            return withNeed(draft, remove.group(1) != null ? remove.group(1) : remove.group(2), messages, need -> {
                draft.needs.remove(need);
                return messages.text("needs.removed", Map.of("text", need.text));
            });
        }
        Matcher edit = EDIT.matcher(typed.strip());
        if (edit.matches()) {
            return withNeed(draft, edit.group(1), messages, need -> {
                edit(draft, need, edit.group(2), messages);
                return messages.text("needs.changed");
            });
        }
        Matcher add = ADD.matcher(typed.strip());
        if (add.matches()) {
            Optional<Category> category = Typed.category(add.group(1), messages);
            if (category.isEmpty()) {
                return Outcome.again(messages.text("needs.typed.category"));
            }
            DraftNeed need = draft.addNeed(category.get().id(), add.group(2).strip(), "");
            need.labels = new ArrayList<>(engine.labelsIn(need.text, draft.pupil, messages));
            return Outcome.again(messages.text("needs.changed"));
        }
        int read = take(draft, engine.reformulate(typed, draft.goal, draft.pupil, messages));
        if (read > 0) {
            return Outcome.again(messages.text("needs.read", Map.of("count", String.valueOf(read))));
        }
        return Outcome.again(messages.text("needs.typed.unknown"));
    }

    private void edit(PupilDraft draft, DraftNeed need, String text, Messages messages) {
        need.text = text.strip();
        need.rule = "";
        need.labels = new ArrayList<>(engine.labelsIn(need.text, draft.pupil, messages));
    }

    private static Outcome withNeed(PupilDraft draft, String number, Messages messages,
            java.util.function.Function<DraftNeed, String> change) {
        Optional<Integer> index = Typed.number(number, draft.needs.size());
        if (index.isEmpty()) {
            return Outcome.again(messages.text("needs.typed.number", Map.of("number", number)));
        }
        return Outcome.again(change.apply(draft.needs.get(index.get() - 1)));
    }
}
