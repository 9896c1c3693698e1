package nl.hgw.dialogs.reminder;

import java.util.List;
import java.util.Optional;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * The reminders a team has scheduled, in the team's scope. Sending them is the bot module's
 * work (a lease makes one instance send each); this is what the conversation needs.
 * Every method throws {@link nl.hgw.dialogs.spiegel.SpiegelRepository.UnavailableException}
 * when the store cannot be reached.
 */
public interface ReminderRepository {

    void schedule(Reminder reminder);

    /** The team's reminders still to be sent, the soonest first. */
    List<Reminder> scheduled(TeamScope team);

    /** A reminder of the team, sent or not. */
    Optional<Reminder> find(TeamScope team, String id);

    /** Cancels a reminder still to be sent; false when the team has no such reminder. */
    boolean cancel(TeamScope team, String id);
}
