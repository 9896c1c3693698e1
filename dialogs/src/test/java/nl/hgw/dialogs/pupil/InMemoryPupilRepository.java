package nl.hgw.dialogs.pupil;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The repository for dialog tests: a map per team, keyed like the real one. It can play a
 * database that is away ({@link #setUnavailable}), and counts writes.
 */
public class InMemoryPupilRepository implements PupilRepository {

    private final Map<TeamScope, Map<String, PupilPlan>> teams = new LinkedHashMap<>();

    private final Clock clock;

    private boolean unavailable;

    private int saves;

    public InMemoryPupilRepository() {
        this(Clock.systemUTC());
    }

    public InMemoryPupilRepository(Clock clock) {
        this.clock = clock;
    }

    public void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    public int saves() {
        return saves;
    }

    /** Everything stored, all teams (for assertions). */
    public synchronized List<PupilPlan> all() {
        return teams.values().stream().flatMap(team -> team.values().stream()).toList();
    }

    @Override
    public synchronized PupilPlan save(TeamScope team, PupilPlan plan, String authorId) {
        check();
        Map<String, PupilPlan> pupils = teams.computeIfAbsent(team, t -> new LinkedHashMap<>());
        PupilPlan before = pupils.get(PupilRepository.key(plan.name()));
        Instant now = clock.instant();
        PupilPlan stored = new PupilPlan(plan.name(), plan.goal(), plan.needs(), plan.strengths(), plan.support(),
            before == null ? authorId : before.createdBy(), authorId, before == null ? now : before.createdAt(), now);
        pupils.put(PupilRepository.key(plan.name()), stored);
        saves++;
        return stored;
    }

    @Override
    public synchronized Optional<PupilPlan> find(TeamScope team, String name) {
        check();
        return Optional.ofNullable(teams.getOrDefault(team, Map.of()).get(PupilRepository.key(name)));
    }

    @Override
    public synchronized List<PupilPlan> list(TeamScope team) {
        check();
        List<PupilPlan> pupils = new ArrayList<>(teams.getOrDefault(team, Map.of()).values());
        pupils.sort(Comparator.comparing(plan -> PupilRepository.key(plan.name())));
        return pupils;
    }

    @Override
    public synchronized boolean delete(TeamScope team, String name) {
        check();
        return teams.getOrDefault(team, new LinkedHashMap<>()).remove(PupilRepository.key(name)) != null;
    }

    @Override
    public synchronized long deleteAllOfTeam(TeamScope team) {
        check();
        Map<String, PupilPlan> removed = teams.remove(team);
        return removed == null ? 0 : removed.size();
    }

    private void check() {
        if (unavailable) {
            throw new UnavailableException("test: the database is away");
        }
    }
}
