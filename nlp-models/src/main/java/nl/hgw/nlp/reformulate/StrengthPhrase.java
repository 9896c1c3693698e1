package nl.hgw.nlp.reformulate;

import java.util.List;

import nl.hgw.nlp.analysis.Morphology;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * How far a strength word reaches: the noun it describes and up to two phrases after it ("een
 * energieke teamspeler bij korfbal", "zorgzaam naar klasgenoten", "ijzersterk geheugen"), so that
 * what the pupil is good at is kept, not only the praise. Stops at punctuation, a conjunction, a
 * relative pronoun or a verb: "behulpzaam en vrolijk" stays two strengths.
 */
final class StrengthPhrase {

    private static final int MAX_PHRASES = 2;

    private final Morphology morphology;

    private final TokenPattern prepositions;

    private final List<TokenPattern> stops;

    private final TokenPattern attributes;

    StrengthPhrase(Lexicon lexicon, Morphology morphology) {
        this.morphology = morphology;
        this.prepositions = lexicon.set("preposition");
        this.stops = List.of(lexicon.set("coordinator"), lexicon.set("relative"), lexicon.set("subordinator"),
                lexicon.set("clause_break"), lexicon.set("contrast"));
        this.attributes = lexicon.set("attribute_preposition");
    }

    /** The index of the last token of the phrase of the strength word that ends at {@code to}. */
    int end(List<Token> tokens, int to) {
        int end = nounPhrase(tokens, to + 1, to);
        while (end > to && isDeterminer(tokens.get(end))) {
            end--;
        }
        for (int phrases = 0; phrases < MAX_PHRASES; phrases++) {
            int next = end + 1;
            // "slimme jongen | met concentratieproblemen": what a pupil has is no part of the strength
            if (next >= tokens.size() || !this.prepositions.containsForm(tokens.get(next).lower())
                    || this.attributes.containsForm(tokens.get(next).lower())) {
                break;
            }
            int last = nounPhrase(tokens, next + 1, next);
            while (last > next && isDeterminer(tokens.get(last))) {
                last--;
            }
            if (last == next || !this.morphology.isNoun(tokens.get(last))) {
                break;
            }
            end = last;
        }
        return end;
    }

    /** Where a clause's own words start: after an "en" or "maar" that joins it to the one before. */
    int start(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() - 1 && isStop(tokens.get(i))) {
            i++;
        }
        return i;
    }

    /** Extends {@code end} over the determiners, adjectives and nouns from {@code from} on. */
    private int nounPhrase(List<Token> tokens, int from, int end) {
        for (int i = from; i < tokens.size() && fitsANounPhrase(tokens.get(i)); i++) {
            end = i;
        }
        return end;
    }

    private boolean fitsANounPhrase(Token t) {
        if (t.isPunctuation() || this.morphology.isFiniteVerb(t) || this.prepositions.containsForm(t.lower())
                || isStop(t)) {
            return false;
        }
        return this.morphology.isNoun(t) || this.morphology.isAdjective(t) || isDeterminer(t)
                || t.text().chars().allMatch(Character::isDigit);
    }

    private boolean isStop(Token t) {
        return this.stops.stream().anyMatch(s -> s.containsForm(t.lower()));
    }

    private boolean isDeterminer(Token t) {
        return t.hasTagPrefix("GET") || t.hasTagPrefix("VNW:AWZ") || t.hasTagPrefix("VNW:BEZ") || t.tags().contains("DET");
    }

}
