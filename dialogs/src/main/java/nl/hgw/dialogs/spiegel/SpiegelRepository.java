package nl.hgw.dialogs.spiegel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * Where a team keeps its spiegels, finished and unfinished. Every method is scoped by a
 * {@link TeamScope}: nothing of one team is read, changed or deleted through another, not
 * even with another team's id or date. Implementations fail with
 * {@link UnavailableException} when the store cannot be reached (the conversation keeps
 * what was entered) and never log texts or names.
 */
public interface SpiegelRepository {

    /**
     * Stores the spiegel under its id in this team, replacing what was stored under that id,
     * except the reflections on it (those only grow, through {@link #addReflection}).
     */
    Spiegel save(TeamScope team, Spiegel spiegel);

    /** The spiegel with this id in this team. */
    Optional<Spiegel> find(TeamScope team, String id);

    /** Every spiegel of this team, the newest first. */
    List<Spiegel> list(TeamScope team);

    /** Adds a reflection to the spiegel with this id in this team; false when there is none. */
    boolean addReflection(TeamScope team, String id, Reflection reflection);

    /** Deletes the spiegel with this id in this team (really); false when there is none. */
    boolean delete(TeamScope team, String id);

    /** Deletes the team's spiegels of that day (really: the records are gone); returns how many. */
    long deleteOnDate(TeamScope team, LocalDate date);

    /** Deletes every spiegel of the team; for an administrator. Returns how many. */
    long deleteAllOfTeam(TeamScope team);

    /** The team's spiegels of that day, the newest first. */
    default List<Spiegel> onDate(TeamScope team, LocalDate date) {
        return list(team).stream().filter(spiegel -> spiegel.date().equals(date)).toList();
    }

    /** The team's most recent unfinished spiegel ("verder met de spiegel"). */
    default Optional<Spiegel> lastUnfinished(TeamScope team) {
        return list(team).stream().filter(spiegel -> !spiegel.finished())
            .max(Comparator.comparing(Spiegel::updatedAt));
    }

    /** The team's most recently finished spiegel (its commitment is evaluated next time). */
    default Optional<Spiegel> lastFinished(TeamScope team) {
        return list(team).stream().filter(Spiegel::finished).max(Comparator.comparing(Spiegel::createdAt));
    }

    /** The store cannot be reached now; what the user entered is not lost by the caller. */
    class UnavailableException extends RuntimeException {

        /** @param reason what failed, without any user data (e.g. the driver's exception class) */
        public UnavailableException(String reason) {
            super("The spiegel store is unavailable: " + reason);
        }
    }
}
