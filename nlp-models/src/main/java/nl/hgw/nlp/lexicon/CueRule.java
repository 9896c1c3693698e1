package nl.hgw.nlp.lexicon;

import nl.hgw.nlp.Role;

/**
 * A pattern that says something about a clause rather than being a finding itself: a role word
 * ({@code role} set) or already-needs language ({@code role} null), whose need stands after the
 * cue ("heeft behoefte aan | een vaste plek") or, with {@code take = before}, before it ("een
 * time-timer | helpt haar").
 */
public record CueRule(String id, Role role, TokenPattern pattern, String where, boolean takesBefore) {

    public CueRule(String id, Role role, TokenPattern pattern, String where) {
        this(id, role, pattern, where, false);
    }

}
