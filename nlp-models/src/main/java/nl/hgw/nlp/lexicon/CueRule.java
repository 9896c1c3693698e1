package nl.hgw.nlp.lexicon;

import nl.hgw.nlp.Role;

/**
 * A pattern that says something about a clause rather than being a finding itself: a role word
 * ({@code role} set) or already-needs language ({@code role} null).
 */
public record CueRule(String id, Role role, TokenPattern pattern, String where) {

}
