package nl.hgw.nlp.lexicon;

/** A diagnosis or diagnosis-like identity, reported with a question instead of repeated. */
public record LabelRule(String id, String name, TokenPattern pattern, String question, String where) {

}
