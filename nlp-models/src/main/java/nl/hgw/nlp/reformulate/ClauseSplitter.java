package nl.hgw.nlp.reformulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.hgw.nlp.analysis.Morphology;
import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * Cuts sentences into clauses: at punctuation inside the sentence, at conjunctions that start a new
 * statement ("maar", "omdat"), at "en" when a new verb follows, and at a relative pronoun after a
 * noun ("een drukke meid | die nooit stil kan zitten"). Teachers write in comma lists; each item
 * is one clause.
 */
final class ClauseSplitter {

    /** How far ahead a new verb is looked for: a clause is short, and text without punctuation is not quadratic. */
    private static final int LOOK_AHEAD = 40;

    /**
     * The Dutch first person: its verb forms are left out of finite verbs in general (nouns share
     * them: "groep", "druk"), but next to "ik" they are verbs.
     */
    private static final String FIRST_PERSON = "ik";

    private static final String FIRST_PERSON_TAG = "WKW:TGW:1EP";

    private final TokenPattern alwaysBreaks;

    private final TokenPattern breaksBeforeVerb;

    private final TokenPattern relatives;

    private final TokenPattern fixedPhrases;

    private final TokenPattern fixedPhrasesAtEnd;

    private final TokenPattern negations;

    private final TokenPattern examples;

    private final TokenPattern alternatives;

    private final Morphology morphology;

    ClauseSplitter(Lexicon lexicon, Morphology morphology) {
        this.alwaysBreaks = lexicon.set("clause_break");
        this.breaksBeforeVerb = lexicon.set("clause_join");
        this.relatives = lexicon.set("relative");
        this.fixedPhrases = lexicon.set("fixed_phrase");
        this.fixedPhrasesAtEnd = lexicon.set("fixed_phrase_at_end");
        this.negations = lexicon.set("negation");
        this.examples = lexicon.set("example_marker");
        this.alternatives = lexicon.set("alternative");
        this.morphology = morphology;
    }

    /**
     * A clause's words; {@code aside}: it stood in brackets; {@code example}: a run of examples
     * after a comma (", bijv. een juf die invalt of gym die uitvalt,"), kept whole.
     */
    record Part(List<Token> tokens, boolean aside, boolean example) {
    }

    /**
     * The clauses of one sentence, each still without a role. A remark in brackets ("Sara (groep 7)
     * is …", "(creatief, sportief)") comes last, as an aside of its own: it may name a label or a
     * strength, but it is not a statement about the pupil. A run of examples after a comma is kept
     * whole up to the next punctuation, and goes on after a comma (", bijv. een juf die invalt of
     * gym die uitvalt,", ", zoals plannen, rekenen en samenwerken").
     */
    List<Part> split(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Part> out = new ArrayList<>();
        List<Part> asides = new ArrayList<>();
        List<Token> aside = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        boolean example = false;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals("(") || t.text().equals("[")) {
                depth++;
                continue;
            }
            if (t.text().equals(")") || t.text().equals("]")) {
                depth = Math.max(0, depth - 1);
                if (depth == 0 && !aside.isEmpty()) {
                    asides.add(new Part(List.copyOf(aside), true, false));
                    aside.clear();
                }
                continue;
            }
            if (depth > 0) {
                aside.add(t);
                continue;
            }
            if (isPunctuationBreak(t) && !isHyphenInAWord(tokens, i)) {
                flush(current, out, example);
                // "…, zoals plannen, rekenen en samenwerken": the examples go on after a comma
                example = example && t.text().equals(",") && i + 1 < tokens.size() && !this.alwaysBreaks.matches(tokens.get(i + 1));
                continue;
            }
            int marker = current.isEmpty() && i > 0 ? this.examples.lengthAt(tokens, i) : 0;
            if (marker > 0 && i + marker < tokens.size() && !isPunctuationBreak(tokens.get(i + marker))) {
                example = true; // the examples without their marker: "slaan", not "bijvoorbeeld slaan"
                i += marker - 1;
                continue;
            }
            if (!example && !current.isEmpty() && startsClause(tokens, i, current)) {
                flush(current, out, false);
            }
            current.add(t);
        }
        flush(current, out, example);
        out.addAll(asides);
        if (!aside.isEmpty()) {
            // a bracket that never closes was no aside: its words are the rest of the sentence
            out.add(new Part(List.copyOf(aside), false, false));
        }
        return out;
    }

    /** "self-esteem" cut by the English tokenizer: a hyphen touching a word on both sides is no dash. */
    private static boolean isHyphenInAWord(List<Token> tokens, int i) {
        return tokens.get(i).text().equals("-") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    private static boolean isPunctuationBreak(Token t) {
        String s = t.text();
        return s.equals(",") || s.equals(";") || s.equals(":") || s.equals("(") || s.equals(")") || s.equals("–")
                || s.equals("—") || s.equals("-") || s.equals(".") || s.equals("!") || s.equals("?")
                || s.equals("•") || s.equals("*");
    }

    private boolean startsClause(List<Token> tokens, int i, List<Token> current) {
        if (fixedPhraseSpans(tokens, i) || endsTheClause(tokens, i)) {
            return false; // "alleen maar", "tot en met", "doet Dmytro maar wat."
        }
        Token one = tokens.get(i);
        if (this.alwaysBreaks.matches(one)) {
            return true;
        }
        if (this.breaksBeforeVerb.matches(one)) {
            return hasFiniteVerbAhead(tokens, i + 1, current) && hasFiniteVerb(current);
        }
        if (this.relatives.matches(one) && i > 0) {
            // after a noun only: "niet" and "veel" are nouns too in the dictionary, so not after an adverb
            Token before = tokens.get(i - 1);
            return this.morphology.isNoun(before) && !this.morphology.isPronoun(before)
                    && !this.morphology.isAdjective(before) && !before.hasTagPrefix("BYW");
        }
        return false;
    }

    /**
     * A finite verb before the next break; or, right after the conjunction, a plural present form
     * (written as the infinitive: "en tonen geen interesse") or, when the clause before is the
     * teacher's own ("ik krijg de groep niet stil"), a first person form ("en sta dan te
     * schreeuwen"; one that is also a noun only before a pronoun: "en leg het …"), that has words
     * after it.
     */
    private boolean hasFiniteVerbAhead(List<Token> tokens, int from, List<Token> before) {
        // "of … of" asks ("weet niet of hij boos of verdrietig is"): the second "of" does not end the conjunct
        boolean alternative = this.alternatives.matches(tokens.get(from - 1));
        if (from + 1 < tokens.size() && !isPunctuationBreak(tokens.get(from + 1))
                && (this.morphology.isInfinitive(tokens.get(from))
                        || (tokens.get(from).hasTagPrefix(FIRST_PERSON_TAG) && !this.relatives.matches(tokens.get(from + 1))
                                && (!this.morphology.isNoun(tokens.get(from)) || this.morphology.isPronoun(tokens.get(from + 1)))
                                && before.stream().anyMatch(t -> t.lower().equals(FIRST_PERSON))))) {
            return true;
        }
        for (int j = from; j < Math.min(tokens.size(), from + LOOK_AHEAD); j++) {
            Token t = tokens.get(j);
            // the verb belongs to this conjunct: "met ADHD en een met autisme in | en ik krijg ze …"
            if (isPunctuationBreak(t) || this.alwaysBreaks.matches(t)
                    || (j > from && this.breaksBeforeVerb.matches(t) && !(alternative && this.alternatives.matches(t)))) {
                return false;
            }
            // "niet" is also a form of "nieten" in the dictionary: "ze oefent thuis ook niet" is one clause
            if (this.morphology.isFiniteVerb(t) && !this.negations.containsForm(t.lower())) {
                return true;
            }
            // a plural subject and its verb, written as the infinitive: "en haar ouders zijn …"
            if (j > from && this.morphology.isInfinitive(t) && tokens.get(j - 1).hasTagPrefix("ZNW:MRV")) {
                return true;
            }
            // a first person form next to "ik": "en ik heb er geen ervaring mee", "en dan heb ik …"
            if (t.hasTagPrefix(FIRST_PERSON_TAG) && (isFirstPerson(tokens, j - 1) || isFirstPerson(tokens, j + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFirstPerson(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).lower().equals(FIRST_PERSON);
    }

    private boolean hasFiniteVerb(List<Token> tokens) {
        for (int j = 0; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (this.morphology.isFiniteVerb(t) || this.morphology.isInfinitive(t)
                    || (t.hasTagPrefix(FIRST_PERSON_TAG) && (isFirstPerson(tokens, j - 1) || isFirstPerson(tokens, j + 1)))) {
                return true; // "heb ik weinig grip": a first person form next to "ik" too
            }
        }
        return false;
    }

    /** True when a fixed phrase covers token i together with its neighbour (or up to three words after it). */
    private boolean fixedPhraseSpans(List<Token> tokens, int i) {
        Set<String> words = this.fixedPhrases.anchors();
        if (words != null && !words.contains(tokens.get(i).lower()) && !words.contains(tokens.get(i - 1).lower())) {
            return false; // no fixed phrase starts here or just before
        }
        return (i > 0 && this.fixedPhrases.occursIn(tokens.subList(i - 1, i + 1)))
                || (i + 1 < tokens.size() && this.fixedPhrases.occursIn(tokens.subList(i, i + 2)))
                || (i > 0 && i + 1 < tokens.size() && this.fixedPhrases.occursIn(tokens.subList(i - 1, i + 2)))
                || (i + 2 < tokens.size() && this.fixedPhrases.occursIn(tokens.subList(i, i + 3)))
                || (i + 3 < tokens.size() && this.fixedPhrases.occursIn(tokens.subList(i, i + 4)));
    }

    /** A phrase that holds together only as the clause's last words: "doet hij maar wat." */
    private boolean endsTheClause(List<Token> tokens, int i) {
        int length = this.fixedPhrasesAtEnd.lengthAt(tokens, i);
        return length > 0 && (i + length == tokens.size() || isPunctuationBreak(tokens.get(i + length)));
    }

    private static void flush(List<Token> current, List<Part> out, boolean example) {
        if (!current.isEmpty()) {
            out.add(new Part(List.copyOf(current), false, example));
            current.clear();
        }
    }

}
