package nl.hgw.nlp.lexicon;

/** A rule file that cannot be used; the message names the file, the line and the reason. */
public class RuleFileException extends RuntimeException {

    public RuleFileException(String where, String reason) {
        super(where + ": " + reason);
    }

}
