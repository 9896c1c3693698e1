package nl.hgw.nlp.reformulate;

import java.util.List;

import nl.hgw.nlp.Role;
import nl.hgw.nlp.analysis.Token;

/**
 * A stretch of a sentence that says one thing ("pikt instructies onvoldoende op"), whom it is
 * about, and its exact place in the input, so that a finding's source is a verbatim fragment.
 */
public record Clause(List<Token> tokens, Role role, int start, int end, int sentence) {

    public String source(String text) {
        return text.substring(this.start, this.end);
    }

}
