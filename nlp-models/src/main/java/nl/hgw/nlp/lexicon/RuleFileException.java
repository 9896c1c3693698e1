package nl.hgw.nlp.lexicon;

/**
 * A rule file that cannot be used; the message names the file, the line and the reason, one line
 * per problem ("nl/labels.txt:12: unknown key 'naam' …").
 */
public class RuleFileException extends RuntimeException {

    public RuleFileException(String where, String reason) {
        super(where + ": " + reason);
    }

    /** Problems already written as "file:line: reason", one per line. */
    public RuleFileException(String problems) {
        super(problems);
    }

}
