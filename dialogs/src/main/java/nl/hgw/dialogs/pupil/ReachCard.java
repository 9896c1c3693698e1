package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.hgw.dialogs.CardTemplate;
import nl.hgw.dialogs.Messages;

/**
 * "Hebben meer leerlingen dit nodig?" for each kept need (principle 3: essential for one,
 * beneficial for all), as a card with one choice per need ({@code reach-card.json}). Every
 * choice can be typed: one answer for all needs ("1", "hele groep") or per need ("2: 5").
 */
final class ReachCard {

    static final String KIND = "reach";

    /** "2: 5", "2 = intensief", "2 hele groep". */
    private static final Pattern PER_NEED = Pattern.compile("^(\\d+)\\s*(?:[:=]\\s*|\\s+)(.+)$");

    /** Where "1: intensief, 2 en 3: basis" is cut into its parts. */
    private static final Pattern PARTS = Pattern.compile("[,;\\n]+|\\s+(?:en|and)\\s+");

    private static final Pattern ARTICLE = Pattern.compile("^(de|een|a|the)\\s+");

    private final CardTemplate template = CardTemplate.load(ReachCard.class, "reach-card.json");

    Activity activity(PupilDraft draft, Messages messages) {
        return CardTemplate.activity(card(draft, messages));
    }

    JsonNode card(PupilDraft draft, Messages messages) {
        Map<String, String> names = Map.of("pupil", draft.pupil);
        JsonNode card = template.part("card", Map.of(
            "title", messages.text("reach.title"),
            "intro", messages.text("reach.intro", names),
            "typing", messages.text("reach.typing", names),
            "next", messages.text("common.next")));
        ArrayNode items = CardParts.items(card, "needs");
        List<Map.Entry<String, String>> choices = choices(draft, messages);
        for (int i = 0; i < draft.needs.size(); i++) {
            DraftNeed need = draft.needs.get(i);
            ObjectNode part = template.part("need", Map.of("text", (i + 1) + ". " + need.text,
                "id", String.valueOf(need.id), "value", need.reach));
            CardParts.choices((ObjectNode) part.path("items").get(1), choices);
            items.add(part);
        }
        return card;
    }

    /** "1. alleen Joost", "2. subgroep basis", … in {@link Reach} order. */
    static List<Map.Entry<String, String>> choices(PupilDraft draft, Messages messages) {
        List<Map.Entry<String, String>> choices = new ArrayList<>();
        Reach[] reaches = Reach.values();
        for (int i = 0; i < reaches.length; i++) {
            choices.add(Map.entry((i + 1) + ". " + messages.text("reach." + reaches[i].id(), Map.of("pupil", draft.pupil)),
                reaches[i].id()));
        }
        return choices;
    }

    Outcome apply(PupilDraft draft, JsonNode answer, Messages messages) {
        if (answer.has(CardPrompt.TYPED)) {
            return applyTyped(draft, answer.path(CardPrompt.TYPED).asText(), messages);
        }
        for (DraftNeed need : draft.needs) {
            Reach.fromId(answer.path("reach." + need.id).asText("")).ifPresent(reach -> need.reach = reach.id());
        }
        return Outcome.DONE;
    }

    private Outcome applyTyped(PupilDraft draft, String typed, Messages messages) {
        Optional<Reach> forAll = reach(typed, draft, messages);
        if (forAll.isPresent()) {
            draft.needs.forEach(need -> need.reach = forAll.get().id());
            return Outcome.DONE;
        }
        Map<DraftNeed, Reach> chosen = new HashMap<>();
        for (String part : PARTS.split(typed)) {
            Matcher matcher = PER_NEED.matcher(Typed.normalise(part));
            if (!matcher.matches()) {
                return Outcome.again(messages.text("reach.typed.unknown", Map.of("pupil", draft.pupil)));
            }
            Optional<Integer> number = Typed.number(matcher.group(1), draft.needs.size());
            Optional<Reach> reach = reach(matcher.group(2), draft, messages);
            if (number.isEmpty() || reach.isEmpty()) {
                return Outcome.again(messages.text("reach.typed.unknown", Map.of("pupil", draft.pupil)));
            }
            chosen.put(draft.needs.get(number.get() - 1), reach.get());
        }
        chosen.forEach((need, reach) -> need.reach = reach.id());
        return Outcome.DONE;
    }

    /** A choice by its number (1-5), its name or a synonym ({@code reach.<id>.synonyms}). */
    static Optional<Reach> reach(String text, PupilDraft draft, Messages messages) {
        String normal = ARTICLE.matcher(Typed.normalise(text)).replaceAll("");
        Optional<Integer> number = Typed.number(normal, Reach.values().length);
        if (number.isPresent()) {
            return Optional.of(Reach.values()[number.get() - 1]);
        }
        for (Reach reach : Reach.values()) {
            List<String> names = new ArrayList<>(messages.list("reach." + reach.id() + ".synonyms"));
            names.add(messages.text("reach." + reach.id(), Map.of("pupil", draft.pupil)));
            if (names.stream().anyMatch(name -> Typed.normalise(name).toLowerCase(Locale.ROOT).equals(normal))) {
                return Optional.of(reach);
            }
        }
        return Optional.empty();
    }
}
