package nl.hgw.dialogs.pupil;

import java.util.Optional;

/**
 * What a teacher may need to offer what a pupil needs (principle 4). Each has the messages
 * {@code support.<id>} and {@code support.<id>.synonyms}.
 */
public enum SupportKind {

    KNOWLEDGE("knowledge"),
    SKILLS("skills"),
    MATERIAL("material"),
    COLLEAGUE("colleague"),
    /** The internal care coordinator (IB'er) or quality coordinator (KC'er). */
    CARE_COORDINATOR("care_coordinator"),
    LEADERSHIP("leadership"),
    PARENTS("parents");

    private final String id;

    SupportKind(String id) {
        this.id = id;
    }

    /** The id in data and card values. */
    public String id() {
        return id;
    }

    public static Optional<SupportKind> fromId(String id) {
        for (SupportKind kind : values()) {
            if (kind.id.equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
