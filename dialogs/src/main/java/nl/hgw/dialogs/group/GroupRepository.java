package nl.hgw.dialogs.group;

import java.util.Optional;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * Where a team keeps the changes it made to its group overview (one {@link GroupLayout} per team).
 * Every method is scoped by a {@link TeamScope}. Implementations fail with
 * {@link nl.hgw.dialogs.pupil.PupilRepository.UnavailableException} when the store cannot be
 * reached, and never log names.
 */
public interface GroupRepository {

    /** The team's changes, if it made any. */
    Optional<GroupLayout> find(TeamScope team);

    /**
     * Stores the team's changes, replacing what was stored; sets who and when.
     *
     * @return the layout as stored
     */
    GroupLayout save(TeamScope team, GroupLayout layout, String authorId);

    /** Deletes the team's changes; for an administrator. Returns how many documents. */
    long deleteAllOfTeam(TeamScope team);
}
