package nl.hgw.nlp.reformulate;

import java.util.List;

import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * Finds the situation a clause is about, so that a need is written for it: the place or moment
 * ("in pauzes en op gang", "bij gym") and the subject matter ("breuken", "spelling").
 */
final class PlaceFinder {

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("de", "het", "een", "the", "a", "an");

    private final TokenPattern prepositions;

    private final TokenPattern places;

    private final TokenPattern topics;

    private final TokenPattern coordinators;

    PlaceFinder(Lexicon lexicon) {
        this.prepositions = lexicon.set("place_preposition");
        this.places = lexicon.set("place");
        this.topics = lexicon.set("topic");
        this.coordinators = lexicon.set("coordinator");
    }

    /** The verbatim place phrase ("in pauzes en op gang"), or "". */
    String place(List<Token> clause, String text) {
        for (int i = 0; i < clause.size(); i++) {
            int end = placeEnd(clause, i);
            if (end < 0) {
                continue;
            }
            // "in pauzes en op gang": a second place joined by "en"
            while (end + 1 < clause.size() && this.coordinators.matchesLoneWord(clause.get(end + 1).text())) {
                int more = placeEnd(clause, end + 2);
                if (more < 0) {
                    break;
                }
                end = more;
            }
            return plainPlace(clause, i, end);
        }
        return "";
    }

    /**
     * The place phrase without the adjectives in it: "in de drukke ADHD-klas" would carry a label
     * or a deficit word into the need, "in de klas" does not. Place words joined by "en" are kept.
     */
    private String plainPlace(List<Token> clause, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k <= to; k++) {
            Token t = clause.get(k);
            boolean keep = this.prepositions.matches(t) || this.places.matches(t) || this.coordinators.matches(t)
                    || ARTICLES.contains(t.lower());
            if (keep) {
                // "ADHD-klas" is a place by its last part: only that part is written
                String word = t.text().indexOf('-') > 0 ? t.text().substring(t.text().lastIndexOf('-') + 1) : t.text();
                out.append(out.length() == 0 ? "" : " ").append(word);
            }
        }
        return out.toString();
    }

    /** When a preposition at {@code i} starts a place phrase, the index of its place word; else -1. */
    private int placeEnd(List<Token> clause, int i) {
        if (i >= clause.size() || !this.prepositions.matches(clause.get(i))) {
            return -1;
        }
        for (int j = i + 1; j <= Math.min(clause.size() - 1, i + 3); j++) {
            if (this.places.matches(clause.get(j))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The first subject-matter word of the clause ("breuken"), or "". A verb is named by its
     * infinitive: "leest" gives "lezen".
     */
    String topic(List<Token> clause) {
        for (Token t : clause) {
            if (this.topics.matches(t)) {
                if (t.hasTagPrefix("WKW")) {
                    for (String lemma : t.lemmas()) {
                        if (this.topics.matchesLoneWord(lemma)) {
                            return lemma;
                        }
                    }
                }
                return t.lower();
            }
        }
        return "";
    }

}
