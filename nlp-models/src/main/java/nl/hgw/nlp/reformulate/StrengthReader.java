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

    private final StrengthPhrase phrase;

    StrengthReader(Lexicon lexicon, Negation negation, Morphology morphology) {
        this.strengths = new RuleIndex<>(lexicon.strengths(), StrengthRule::pattern);
        this.negation = negation;
        this.morphology = morphology;
        this.phrase = new StrengthPhrase(lexicon, morphology);
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
     * A one-word strength is taken at every word that matches ("behulpzaam en vrolijk" gives two),
     * with the noun it describes ("een energieke teamspeler bij korfbal"); a phrase ("kan goed …")
     * runs to the end of the clause ("kan goed tekenen"); a whole-clause strength starts at its
     * verb after its subject, or at the clause's start when the clause opens with something else
     * ("Lezen gaat heel goed", "Verhalen vertellen kan hij als de beste"). Not
     * after a negation.
     */
    private boolean read(StrengthRule strength, Clause clause, Findings findings) {
        List<Token> tokens = clause.tokens();
        boolean found = false;
        if (strength.wholeClause()) {
            Optional<TreeSet<Integer>> m = strength.pattern().match(tokens);
            if (m.isEmpty() || this.negation.before(tokens, m.get())) {
                return false;
            }
            // no verb before it: from the strength after a person ("Jack enjoys …"), else the whole clause
            int from = aboutAPerson(tokens.subList(0, m.get().first()), findings) ? m.get().first() : this.phrase.start(tokens);
            for (int i = m.get().first() - 1; i >= 0; i--) {
                // a plural is written as the infinitive: "Ze zingen wel heel graag"
                if (this.morphology.isFiniteVerb(tokens.get(i)) || (i > 0 && this.morphology.isInfinitive(tokens.get(i)))) {
                    // the subject before the verb: from the verb; inverted ("Verhalen vertellen kan hij …")
                    // or without a person ("Lezen gaat heel goed"): the whole clause
                    from = aboutAPerson(tokens.subList(0, i), findings) ? i : this.phrase.start(tokens);
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
                    int end = this.phrase.end(tokens, i + length - 1);
                    findings.strength(clause, tokens.get(i).start(), tokens.get(end).end());
                    found = true;
                }
            }
            return found;
        }
        Optional<TreeSet<Integer>> m = strength.pattern().match(tokens);
        // "kan niet goed …", "in de opgaven niet goed": a negation before any of its words
        if (m.isPresent() && m.get().stream().noneMatch(i -> this.negation.before(tokens, i))) {
            findings.strength(clause, tokens.get(m.get().first()).start(), tokens.get(tokens.size() - 1).end());
            return true;
        }
        return false;
    }

    /** True when the words before the verb name the pupil or a person ("ze", "hij", "Joost"). */
    private boolean aboutAPerson(List<Token> subject, Findings findings) {
        return subject.stream().anyMatch(t -> findings.subject.isName(t) || t.hasTagPrefix("VNW:PER")
                || t.tags().contains("PRON") || this.morphology.isFirstName(t));
    }

}
