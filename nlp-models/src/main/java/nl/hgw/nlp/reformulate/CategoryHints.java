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
 * most words wins, the order of {@link Category} breaks ties, and tasks_environment is the default.
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
        for (Map.Entry<Category, TokenPattern> e : this.hints.entrySet()) {
            int count = 0;
            for (Token t : words) {
                if (e.getValue().matches(t)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return best;
    }

}
