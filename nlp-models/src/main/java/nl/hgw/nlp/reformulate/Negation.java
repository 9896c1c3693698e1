package nl.hgw.nlp.reformulate;

import java.util.List;
import java.util.TreeSet;

import nl.hgw.nlp.analysis.Morphology;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * Where a negation reaches: shortly before a word, in the same phrase. "Isa is niet lui" is
 * negated; in "Anna is nooit vervelend en altijd vriendelijk" the "nooit" does not reach
 * "vriendelijk". Words of lack ("weinig betrokken") take a strength away too.
 */
final class Negation {

    /** How many words back a negation reaches ("is echt helemaal niet lui"). */
    private static final int REACH = 4;

    private final TokenPattern negations;

    private final TokenPattern coordinators;

    private final TokenPattern lacking;

    private final TokenPattern alternatives;

    private final TokenPattern only;

    private final Morphology morphology;

    Negation(Lexicon lexicon, Morphology morphology) {
        this.negations = lexicon.set("negation");
        this.coordinators = lexicon.set("coordinator");
        this.lacking = lexicon.set("lacking");
        this.alternatives = lexicon.set("alternative");
        this.only = lexicon.set("only");
        this.morphology = morphology;
    }

    boolean isNegation(Token token) {
        return this.negations.matches(token);
    }

    /** The word at {@code i} negates: a negation, and not the start of "niet alleen", "not only". */
    boolean negatesAt(List<Token> tokens, int i) {
        return isNegation(tokens.get(i)) && !(i + 1 < tokens.size() && this.only.matches(tokens.get(i + 1)));
    }

    /** A negation before the match that is not part of it ("niet" in "Isa is niet lui"). */
    boolean before(List<Token> tokens, TreeSet<Integer> match) {
        return before(tokens, match.first());
    }

    /**
     * A negation shortly before the word at {@code index}, in the same phrase; "of" between two
     * adjectives keeps it in the phrase ("niet lui of brutaal", not "zit niet stil of loopt weg").
     */
    boolean before(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - REACH - 1); i--) {
            Token t = tokens.get(i);
            if (i == index - 1 && i > 0 && this.alternatives.matches(t) && this.morphology.isAdjective(tokens.get(index))
                    && this.morphology.isAdjective(tokens.get(i - 1))) {
                continue;
            }
            if (this.coordinators.matches(t) || t.isPunctuation()) {
                return false;
            }
            if (negatesAt(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** "weinig betrokken": a word of lack just before a strength takes it away. */
    boolean lackingBefore(List<Token> tokens, int index) {
        return index > 0 && this.lacking.matches(tokens.get(index - 1));
    }

}
