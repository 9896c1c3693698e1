package nl.hgw.nlp.lexicon;

/** A strength kept and named (principle 5); {@code text} is how it is named, when not the word itself. */
public record StrengthRule(String id, String text, TokenPattern pattern, String where) {

}
