package nl.hgw.nlp;

import java.util.Locale;
import java.util.Optional;

/** Whom a clause is about: the pupil, the group, the parents, or the teacher who writes. */
public enum Role {

    PUPIL, GROUP, PARENTS, TEACHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromId(String id) {
        for (Role r : values()) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

}
