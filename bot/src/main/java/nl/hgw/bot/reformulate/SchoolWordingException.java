package nl.hgw.bot.reformulate;

import nl.hgw.nlp.lexicon.RuleFileException;

/**
 * A school's own wording that cannot be used. The message is the problems as "file:line: reason",
 * one per line; the start stops on it (see {@link SchoolWordingFailureAnalyzer}).
 */
public class SchoolWordingException extends RuntimeException {

    private final String dir;

    SchoolWordingException(String dir, RuleFileException problems) {
        super(problems.getMessage(), problems);
        this.dir = dir;
    }

    /** The folder as configured. */
    public String dir() {
        return this.dir;
    }
}
