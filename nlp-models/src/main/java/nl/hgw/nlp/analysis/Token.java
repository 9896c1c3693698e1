package nl.hgw.nlp.analysis;

import java.util.Set;

/**
 * One word or punctuation mark of the input, with its place in the original text and what the
 * lexicon knows of it.
 *
 * @param text the surface form, exactly as in the input
 * @param start offset of the first character in the original text
 * @param end offset after the last character in the original text
 * @param lemmas base forms (lower case); a joined separable verb ("pikt … op" gives "oppikken")
 * is added to the verb's lemmas
 * @param tags part-of-speech tags of the lexicon (Dutch: LanguageTool's tag set; English: Penn)
 */
public record Token(String text, int start, int end, Set<String> lemmas, Set<String> tags) {

	public String lower() {
		return this.text.toLowerCase(java.util.Locale.ROOT);
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

	/** True when the lemma or the lower-case form is one of the given words. */
	public boolean is(String word) {
		return lower().equals(word) || this.lemmas.contains(word);
	}

}
