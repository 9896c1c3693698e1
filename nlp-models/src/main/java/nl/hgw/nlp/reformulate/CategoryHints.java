package nl.hgw.nlp.reformulate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * The category of a need the teacher already wrote, from its words: the vocabulary's
 * {@code [set hint_<category>]} lists ("instructie", "maatje", "koptelefoon" …); the category with
 * most words wins; between equals, the one named first (the head of the need: "feedback direct na
 * elke stap", "een time-timer en een vinkje na elke stap"); tasks_environment is the default.
 */
final class CategoryHints {

    private final Map<Category, TokenPattern> hints = new EnumMap<>(Category.class);

    CategoryHints(Lexicon lexicon) {
        for (Category c : Category.values()) {
            this.hints.put(c, lexicon.set("hint_" + c.id()));
        }
    }

    Category categoryOf(List<Token> words) {
        Category best = Category.TASKS_ENVIRONMENT;
        int bestCount = 0;
        int bestFirst = Integer.MAX_VALUE;
        for (Map.Entry<Category, TokenPattern> e : this.hints.entrySet()) {
            int count = 0;
            int first = Integer.MAX_VALUE;
            for (int i = 0; i < words.size(); i++) {
                if (e.getValue().matches(words.get(i))) {
                    count++;
                    first = Math.min(first, i);
                }
            }
            if (count > bestCount || (count == bestCount && count > 0 && first < bestFirst)) {
                best = e.getKey();
                bestCount = count;
                bestFirst = first;
            }
        }
        return best;
    }

}
