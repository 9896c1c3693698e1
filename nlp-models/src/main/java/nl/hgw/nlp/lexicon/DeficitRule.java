package nl.hgw.nlp.lexicon;

import java.util.List;
import java.util.Set;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.Role;

/**
 * Deficit language and the education needs it becomes: when the pattern matches a clause about one
 * of the roles, the clause is a deficit of this category, and each phrasing is a need.
 */
public record DeficitRule(String id, Category category, Set<Role> roles, TokenPattern pattern, List<Phrasing> needs,
        List<String> questions, String where) {

    /** A need phrasing and its category: the rule's own, or another one written before it ("peers: …"). */
    public record Phrasing(Category category, String text) {
    }

}
