package nl.hgw.dialogs.group;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.TeamScope;

/** The team's group layouts in a map, scoped like the real store; can play unavailable. */
public class InMemoryGroupRepository implements GroupRepository {

    private final Map<TeamScope, GroupLayout> layouts = new HashMap<>();

    private final Clock clock;

    private boolean unavailable;

    public InMemoryGroupRepository() {
        this(Clock.systemUTC());
    }

    public InMemoryGroupRepository(Clock clock) {
        this.clock = clock;
    }

    public void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public synchronized Optional<GroupLayout> find(TeamScope team) {
        check();
        return Optional.ofNullable(layouts.get(team));
    }

    @Override
    public synchronized GroupLayout save(TeamScope team, GroupLayout layout, String authorId) {
        check();
        GroupLayout saved = new GroupLayout(layout.names(), layout.moves(), authorId, clock.instant());
        layouts.put(team, saved);
        return saved;
    }

    @Override
    public synchronized long deleteAllOfTeam(TeamScope team) {
        check();
        return layouts.remove(team) == null ? 0 : 1;
    }

    private void check() {
        if (unavailable) {
            throw new PupilRepository.UnavailableException("test");
        }
    }
}
