package nl.hgw.nlp.lexicon;

import nl.hgw.nlp.Role;

/**
 * A pattern that says something about a clause rather than being a finding itself: a role word
 * ({@code role} set) or already-needs language ({@code role} null), whose need stands after the
 * cue ("heeft behoefte aan | een vaste plek") or, with {@code take = before}, before it ("een
 * time-timer | helpt haar"). {@code frame} writes what is needed into a need's words: "{wat}" as it
 * stands, or around it ("een aanpak waarbij {wat}" for "leert het best als | ze eerst een voorbeeld ziet").
 */
public record CueRule(String id, Role role, TokenPattern pattern, String where, boolean takesBefore, String frame) {

    public static final String AS_IT_STANDS = "{wat}";

    public CueRule(String id, Role role, TokenPattern pattern, String where) {
        this(id, role, pattern, where, false, AS_IT_STANDS);
    }

    /** What is needed, in the words of a need. */
    public String framed(String what) {
        return this.frame.replace(AS_IT_STANDS, what);
    }

}
