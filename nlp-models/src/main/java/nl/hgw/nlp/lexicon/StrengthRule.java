package nl.hgw.nlp.lexicon;

/**
 * A strength kept and named (principle 5). {@code wholeClause}: it is named with the clause it
 * stands in, from the verb on ("leest graag voor"), rather than by its word alone ("behulpzaam").
 */
public record StrengthRule(String id, String text, TokenPattern pattern, String where, boolean wholeClause) {

}
