package nl.hgw.nlp.reformulate;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import nl.hgw.nlp.analysis.Morphology;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.RuleIndex;
import nl.hgw.nlp.lexicon.StrengthRule;

/** Finds the strengths in a clause and keeps them (principle 5: find, name, note, use them). */
final class StrengthReader {

    private final RuleIndex<StrengthRule> strengths;

    private final Negation negation;

    private final Morphology morphology;

    StrengthReader(Lexicon lexicon, Negation negation, Morphology morphology) {
        this.strengths = new RuleIndex<>(lexicon.strengths(), StrengthRule::pattern);
        this.negation = negation;
        this.morphology = morphology;
    }

    /** Records the clause's strengths; true when it had one. */
    boolean read(Clause clause, Findings findings) {
        boolean found = false;
        for (StrengthRule strength : this.strengths.candidates(clause.tokens())) {
            found |= read(strength, clause, findings);
        }
        return found;
    }

    /**
     * A one-word strength is taken at every word that matches ("behulpzaam en vrolijk" gives two);
     * a phrase ("kan goed …") runs to the end of the clause ("kan goed tekenen"). Not after a
     * negation.
     */
    private boolean read(StrengthRule strength, Clause clause, Findings findings) {
        List<Token> tokens = clause.tokens();
        boolean found = false;
        if (strength.wholeClause()) {
            Optional<TreeSet<Integer>> m = strength.pattern().match(tokens);
            if (m.isEmpty() || this.negation.before(tokens, m.get())) {
                return false;
            }
            int from = m.get().first();
            for (int i = m.get().first() - 1; i >= 0; i--) {
                if (this.morphology.isFiniteVerb(tokens.get(i))) {
                    from = i;
                    break;
                }
            }
            findings.strength(clause, tokens.get(from).start(), tokens.get(tokens.size() - 1).end());
            return true;
        }
        if (strength.pattern().termCount() == 1) {
            if (strength.pattern().excludedIn(tokens)) {
                return false;
            }
            for (int i = 0; i < tokens.size(); i++) {
                int length = strength.pattern().lengthAt(tokens, i);
                if (length > 0 && !findings.subject.isName(tokens.get(i)) && !this.negation.before(tokens, i)
                        && !this.negation.lackingBefore(tokens, i)) {
                    findings.strength(clause, tokens.get(i).start(), tokens.get(i + length - 1).end());
                    found = true;
                }
            }
            return found;
        }
        Optional<TreeSet<Integer>> m = strength.pattern().match(tokens);
        if (m.isPresent() && !this.negation.before(tokens, m.get().first())) {
            findings.strength(clause, tokens.get(m.get().first()).start(), tokens.get(tokens.size() - 1).end());
            return true;
        }
        return false;
    }

}
