package nl.hgw.nlp.lexicon;

/**
 * An example sentence that a rule carries: {@code positive} examples must make the rule fire,
 * counter-examples must not. Tests run every one of them.
 */
public record RuleExample(String kind, String ruleId, String text, boolean positive, String where) {

}
