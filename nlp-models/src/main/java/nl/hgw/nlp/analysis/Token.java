package nl.hgw.nlp.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * One word or punctuation mark of the input, with its place in the original text and what the
 * lexicon knows of it. The lower-case form is computed once: rules compare it many times.
 */
public final class Token {

    private final String text;

    private final int start;

    private final int end;

    private final Set<String> lemmas;

    private final Set<String> tags;

    private final String lower;

    /**
     * @param text the surface form, exactly as in the input
     * @param start offset of the first character in the original text
     * @param end offset after the last character in the original text
     * @param lemmas base forms (lower case); a joined separable verb ("pikt … op" gives "oppikken")
     * is added to the verb's lemmas
     * @param tags part-of-speech tags (Dutch: LanguageTool's tag set; English: universal tags)
     */
    public Token(String text, int start, int end, Set<String> lemmas, Set<String> tags) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.lemmas = lemmas;
        this.tags = tags;
        this.lower = text.toLowerCase(Locale.ROOT);
    }

    public String text() {
        return this.text;
    }

    public int start() {
        return this.start;
    }

    public int end() {
        return this.end;
    }

    public Set<String> lemmas() {
        return this.lemmas;
    }

    public Set<String> tags() {
        return this.tags;
    }

    public String lower() {
        return this.lower;
    }

    public boolean hasTagPrefix(String prefix) {
        for (String tag : this.tags) {
            if (tag.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public boolean isPunctuation() {
        return !this.text.isEmpty() && !Character.isLetterOrDigit(this.text.charAt(0));
    }

    /** True when the lemma or the lower-case form is the given word. */
    public boolean is(String word) {
        return this.lower.equals(word) || this.lemmas.contains(word);
    }

    @Override
    public String toString() {
        return this.text + this.lemmas + this.tags;
    }

}
