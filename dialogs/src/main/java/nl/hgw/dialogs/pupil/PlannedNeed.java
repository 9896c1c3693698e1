package nl.hgw.dialogs.pupil;

import java.util.Objects;
import nl.hgw.nlp.Category;

/**
 * One education need as the team keeps it.
 *
 * @param category one of the six forms a need takes
 * @param text     the need, in needs language, tied to the goal
 * @param reach    who else needs it
 */
public record PlannedNeed(Category category, String text, Reach reach) {

    public PlannedNeed {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        reach = reach == null ? Reach.INDIVIDUAL : reach;
    }
}
