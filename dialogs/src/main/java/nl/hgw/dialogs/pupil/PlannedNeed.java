package nl.hgw.dialogs.pupil;

import java.util.Objects;
import nl.hgw.nlp.Category;

/**
 * One education need as the team keeps it.
 *
 * @param category one of the six forms a need takes
 * @param text     the need, in needs language, tied to the goal
 * @param reach    who else needs it
 * @param rule     the id of the engine's rule that wrote it (the kind of need, for the group
 *                 overview); empty for the teacher's own words, an edited need, or a need stored
 *                 before rule ids were kept
 */
public record PlannedNeed(Category category, String text, Reach reach, String rule) {

    public PlannedNeed {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        reach = reach == null ? Reach.INDIVIDUAL : reach;
        rule = rule == null ? "" : rule;
    }

    /** A need without a rule id (the teacher's own words). */
    public PlannedNeed(Category category, String text, Reach reach) {
        this(category, text, reach, "");
    }
}
