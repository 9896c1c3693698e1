package nl.hgw.dialogs.spiegel;

import java.util.Locale;
import java.util.Optional;

/**
 * The steps of the commitment that ends a spiegel, "Morgen ga ik …": what, why, for which
 * goal, with whom, how, when, and how we will know it worked. Each has a
 * {@code spiegel.commit.<id>} question and a {@code spiegel.commit.<id>.label}.
 */
public enum CommitmentStep {

    WHAT, WHY, GOAL, WHO, HOW, WHEN, EVALUATION;

    /** The id in messages and in the database, e.g. {@code what}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CommitmentStep> fromId(String id) {
        for (CommitmentStep step : values()) {
            if (step.id().equals(id)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
