package nl.hgw.nlp.reformulate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.lexicon.DeficitRule;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.RuleIndex;

/**
 * The deficit rules that match a clause about a role: a rule whose words all belong to a larger
 * match gives way to it, a negation cancels a rule that does not itself speak of negation, and
 * at most {@value #RULES_PER_CLAUSE} rules of different categories are kept.
 */
final class DeficitMatcher {

    /** At most this many rules fire on one clause, with different categories. */
    private static final int RULES_PER_CLAUSE = 2;

    private final RuleIndex<DeficitRule> deficits;

    private final Negation negation;

    DeficitMatcher(Lexicon lexicon, Negation negation) {
        this.deficits = new RuleIndex<>(lexicon.deficits(), DeficitRule::pattern);
        this.negation = negation;
    }

    /** A rule that matched, and the tokens it matched (empty for the classifier's fall-back). */
    record Match(DeficitRule rule, TreeSet<Integer> tokens) {
    }

    List<Match> matches(Clause clause) {
        List<Match> found = new ArrayList<>();
        for (DeficitRule rule : this.deficits.candidates(clause.tokens())) {
            if (!rule.roles().contains(clause.role())) {
                continue;
            }
            Optional<TreeSet<Integer>> m = rule.pattern().match(clause.tokens());
            if (m.isEmpty()) {
                continue;
            }
            if (!rule.pattern().uses("negation") && this.negation.before(clause.tokens(), m.get())) {
                continue; // "Isa is niet lui"
            }
            found.add(new Match(rule, m.get()));
        }
        // a rule whose words all belong to a larger match says less: drop it
        found.removeIf(a -> found.stream()
            .anyMatch(b -> b != a && b.tokens().size() > a.tokens().size() && b.tokens().containsAll(a.tokens())));
        List<Match> kept = new ArrayList<>();
        Set<Category> categories = new LinkedHashSet<>();
        for (Match m : found) {
            if (kept.size() < RULES_PER_CLAUSE && categories.add(m.rule().category())) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** "Isa is niet lui": a rule would match but for the negation; the clause says the opposite. */
    boolean negatesADeficit(Clause clause) {
        for (DeficitRule rule : this.deficits.candidates(clause.tokens())) {
            if (rule.roles().contains(clause.role()) && !rule.pattern().uses("negation")) {
                Optional<TreeSet<Integer>> m = rule.pattern().match(clause.tokens());
                if (m.isPresent() && this.negation.before(clause.tokens(), m.get())) {
                    return true;
                }
            }
        }
        return false;
    }

}
