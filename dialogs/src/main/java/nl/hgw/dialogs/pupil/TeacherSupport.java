package nl.hgw.dialogs.pupil;

import java.util.List;

/**
 * What the teacher needs to offer the pupil's needs (principle 4).
 *
 * @param kinds the kinds of support chosen (may be empty when only {@code text} is given)
 * @param text  the teacher's own words, e.g. "a colleague who takes the group for 20 minutes"
 */
public record TeacherSupport(List<SupportKind> kinds, String text) {

    public TeacherSupport {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        text = text == null ? "" : text.strip();
    }

    /** Whether nothing was asked for (the step was skipped). */
    public boolean isEmpty() {
        return kinds.isEmpty() && text.isEmpty();
    }
}
