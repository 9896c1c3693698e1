package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.hgw.dialogs.CardTemplate;
import nl.hgw.dialogs.Messages;

/**
 * "Wat heb jij zelf nodig om dit te bieden?" (principle 4): the teacher's own support needs
 * as a card with the kinds to tick and room for their own words ({@code support-card.json}).
 * Optional: "overslaan" skips it. Typed answers work too: numbers, words, own words.
 */
final class SupportCard {

    static final String KIND = "support";

    private final CardTemplate template = CardTemplate.load(SupportCard.class, "support-card.json");

    Activity activity(PupilDraft draft, Messages messages) {
        return CardTemplate.activity(card(draft, messages));
    }

    JsonNode card(PupilDraft draft, Messages messages) {
        Map<String, String> names = Map.of("pupil", draft.pupil);
        JsonNode card = template.part("card", Map.of(
            "title", messages.text("support.title"),
            "intro", messages.text("support.intro", names),
            "selected", String.join(",", draft.supportKinds),
            "textLabel", messages.text("support.text.label"),
            "textPlaceholder", messages.text("support.text.placeholder"),
            "text", draft.supportText == null ? "" : draft.supportText,
            "typing", messages.text("support.typing"),
            "next", messages.text("common.next"),
            "skip", messages.text("support.skip")));
        List<Map.Entry<String, String>> choices = new ArrayList<>();
        SupportKind[] kinds = SupportKind.values();
        for (int i = 0; i < kinds.length; i++) {
            choices.add(Map.entry((i + 1) + ". " + messages.text("support." + kinds[i].id()), kinds[i].id()));
        }
        CardParts.choices(CardParts.element(card, "support.kinds"), choices);
        return card;
    }

    Outcome apply(PupilDraft draft, JsonNode answer, Messages messages) {
        if (answer.has(CardPrompt.TYPED)) {
            return applyTyped(draft, answer.path(CardPrompt.TYPED).asText(), messages);
        }
        if ("skip".equals(answer.path(CardPrompt.ACTION).asText())) {
            return skip(draft);
        }
        draft.supportKinds = new ArrayList<>(Arrays.stream(answer.path("support.kinds").asText("").split(","))
            .map(String::strip).filter(id -> SupportKind.fromId(id).isPresent()).distinct().toList());
        draft.supportText = answer.path("support.text").asText("").strip();
        return Outcome.DONE;
    }

    private Outcome applyTyped(PupilDraft draft, String typed, Messages messages) {
        if (Typed.isOneOf(typed, messages, "support.skip.words")) {
            return skip(draft);
        }
        Set<String> kinds = new LinkedHashSet<>();
        List<String> words = Words.of(typed);
        boolean onlyChoices = true;
        for (String word : words) {
            Optional<Integer> number = Typed.number(word, SupportKind.values().length);
            if (number.isPresent()) {
                kinds.add(SupportKind.values()[number.get() - 1].id());
            } else if (!messages.list("support.filler.words").contains(word) && kindOf(word, messages).isEmpty()) {
                onlyChoices = false;
            }
        }
        for (SupportKind kind : SupportKind.values()) {
            for (String name : messages.list("support." + kind.id() + ".synonyms")) {
                if (Words.contains(words, name)) {
                    kinds.add(kind.id());
                }
            }
        }
        draft.supportKinds = new ArrayList<>(kinds);
        draft.supportText = onlyChoices ? "" : typed.strip();
        return Outcome.DONE;
    }

    private static Optional<SupportKind> kindOf(String word, Messages messages) {
        for (SupportKind kind : SupportKind.values()) {
            if (messages.list("support." + kind.id() + ".synonyms").stream().anyMatch(word::equalsIgnoreCase)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static Outcome skip(PupilDraft draft) {
        draft.supportKinds = new ArrayList<>();
        draft.supportText = "";
        return Outcome.DONE;
    }
}
