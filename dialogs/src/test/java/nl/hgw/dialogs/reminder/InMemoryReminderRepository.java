package nl.hgw.dialogs.reminder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.dialogs.spiegel.SpiegelRepository;

/** Reminders in memory, team-scoped like the real store; can be made unreachable. */
public class InMemoryReminderRepository implements ReminderRepository {

    private final Map<String, Reminder> scheduled = new LinkedHashMap<>();

    private final List<String> cancelled = new ArrayList<>();

    private boolean away;

    public synchronized void away(boolean away) {
        this.away = away;
    }

    @Override
    public synchronized void schedule(Reminder reminder) {
        check();
        scheduled.put(reminder.id(), reminder);
    }

    @Override
    public synchronized List<Reminder> scheduled(TeamScope team) {
        check();
        return scheduled.values().stream().filter(reminder -> reminder.team().equals(team))
            .filter(reminder -> !cancelled.contains(reminder.id())).sorted(Comparator.comparing(Reminder::due)).toList();
    }

    @Override
    public synchronized Optional<Reminder> find(TeamScope team, String id) {
        check();
        return Optional.ofNullable(scheduled.get(id)).filter(reminder -> reminder.team().equals(team));
    }

    @Override
    public synchronized boolean cancel(TeamScope team, String id) {
        check();
        if (find(team, id).isEmpty() || cancelled.contains(id)) {
            return false;
        }
        return cancelled.add(id);
    }

    /** Every reminder ever scheduled, cancelled ones too. */
    public synchronized List<Reminder> all() {
        return List.copyOf(scheduled.values());
    }

    private void check() {
        if (away) {
            throw new SpiegelRepository.UnavailableException("test");
        }
    }
}
