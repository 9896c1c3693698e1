package nl.hgw.dialogs.pupil;

import java.util.Optional;

/**
 * Who else needs a need (principle 3: essential for one, beneficial for all): only this
 * pupil, a subgroup at one of the three levels of the group plan, or the whole group (then
 * it belongs in the basic offer). Each has the messages {@code reach.<id>} and
 * {@code reach.<id>.synonyms}.
 */
public enum Reach {

    INDIVIDUAL("individual"),
    SUBGROUP_BASIC("subgroup_basic"),
    SUBGROUP_INTENSIVE("subgroup_intensive"),
    SUBGROUP_DEEPENED("subgroup_deepened"),
    WHOLE_GROUP("whole_group");

    private final String id;

    Reach(String id) {
        this.id = id;
    }

    /** The id in data and card values. */
    public String id() {
        return id;
    }

    public static Optional<Reach> fromId(String id) {
        for (Reach reach : values()) {
            if (reach.id.equals(id)) {
                return Optional.of(reach);
            }
        }
        return Optional.empty();
    }
}
