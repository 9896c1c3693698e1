package nl.hgw.nlp.reformulate;

/**
 * Turns a goal into the clause that ties a need to it: Dutch "om … te …" (or "zodat …" when the
 * goal is a whole sentence), English "to …" / "so that …".
 */
interface PurposeClause {

    /** The clause, without a leading space; empty when there is no goal. */
    String of(String goal);

}
