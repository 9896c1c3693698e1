package nl.hgw.nlp.analysis;

import java.util.List;

/** What a language's lexicon tells about words: lemmas and tags, in context. */
public interface Morphology {

    /**
     * Gives every token of one sentence its lemmas and tags. The whole sentence is passed so that
     * an implementation can use context (a tagger, or joining the particle of a separable verb).
     */
    List<Token> analyze(List<String> words, List<int[]> spans);

    /** True when the word is known as a finite verb form (present or past) of some verb. */
    boolean isFiniteVerb(Token token);

    /** True when the word can be an infinitive. */
    boolean isInfinitive(Token token);

    /**
     * Splits a separable verb's infinitive for an "om … te" clause: "opruimen" gives
     * ["op", "ruimen"]; an inseparable or unknown verb gives the word alone.
     */
    List<String> splitSeparable(String infinitive);

    boolean isNoun(Token token);

    boolean isAdjective(Token token);

    boolean isPronoun(Token token);

    /** A person's first name, as the lexicon or the tagger knows it. */
    boolean isFirstName(Token token);

}
