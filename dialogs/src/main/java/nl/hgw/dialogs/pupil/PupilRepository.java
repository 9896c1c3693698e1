package nl.hgw.dialogs.pupil;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a team keeps its pupils. Every method is scoped by a {@link TeamScope}: nothing
 * of one team is read, changed or deleted through another. Names are compared ignoring
 * case (see {@link #key}). Implementations fail with {@link UnavailableException} when the
 * store cannot be reached; the conversation then keeps what was entered and lets the
 * teacher try again. They never log names or texts.
 */
public interface PupilRepository {

    /**
     * Stores the plan under the pupil's name in this team, replacing what was stored under
     * that name (in any case). Sets who and when; keeps the first author and creation time.
     *
     * @return the plan as stored
     */
    PupilPlan save(TeamScope team, PupilPlan plan, String authorId);

    /** The plan of the pupil with this name in this team, if there is one. */
    Optional<PupilPlan> find(TeamScope team, String name);

    /** Every pupil of this team, by name. */
    List<PupilPlan> list(TeamScope team);

    /** Deletes the pupil with this name in this team (really: the record is gone). */
    boolean delete(TeamScope team, String name);

    /** Deletes every pupil of the team; for an administrator. Returns how many. */
    long deleteAllOfTeam(TeamScope team);

    /** The comparison key of a name: trimmed, inner spaces collapsed, lower case. */
    static String key(String name) {
        return java.text.Normalizer.normalize(name.strip().replaceAll("\\s+", " "), java.text.Normalizer.Form.NFC)
            .toLowerCase(Locale.ROOT);
    }

    /** The store cannot be reached now; what the user entered is not lost by the caller. */
    class UnavailableException extends RuntimeException {

        /** @param reason what failed, without any user data (e.g. the driver's exception class) */
        public UnavailableException(String reason) {
            super("The pupil store is unavailable: " + reason);
        }
    }
}
