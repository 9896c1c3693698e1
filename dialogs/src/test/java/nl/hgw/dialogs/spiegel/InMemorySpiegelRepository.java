package nl.hgw.dialogs.spiegel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * The spiegel repository for dialog tests: a map per team, scoped like the real one. It can
 * play a database that is away ({@link #setUnavailable}) and counts saves.
 */
public class InMemorySpiegelRepository implements SpiegelRepository {

    private final Map<TeamScope, Map<String, Spiegel>> teams = new LinkedHashMap<>();

    private boolean unavailable;

    private int saves;

    public synchronized void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    public synchronized int saves() {
        return saves;
    }

    /** Everything stored, all teams (for assertions). */
    public synchronized List<Spiegel> all() {
        return teams.values().stream().flatMap(team -> team.values().stream()).toList();
    }

    @Override
    public synchronized Spiegel save(TeamScope team, Spiegel spiegel) {
        check();
        Map<String, Spiegel> spiegels = teams.computeIfAbsent(team, t -> new LinkedHashMap<>());
        Spiegel before = spiegels.get(spiegel.id());
        Spiegel stored = new Spiegel(spiegel.id(), spiegel.date(), spiegel.principles(), spiegel.answers(),
            spiegel.commitment(), before == null ? List.of() : before.evaluation(), spiegel.progress(),
            spiegel.finished(), spiegel.startedBy(), before == null ? spiegel.createdAt() : before.createdAt(),
            spiegel.updatedAt());
        spiegels.put(spiegel.id(), stored);
        saves++;
        return stored;
    }

    @Override
    public synchronized Optional<Spiegel> find(TeamScope team, String id) {
        check();
        return Optional.ofNullable(teams.getOrDefault(team, Map.of()).get(id));
    }

    @Override
    public synchronized List<Spiegel> list(TeamScope team) {
        check();
        List<Spiegel> spiegels = new ArrayList<>(teams.getOrDefault(team, Map.of()).values());
        spiegels.sort(Comparator.comparing(Spiegel::date).thenComparing(Spiegel::createdAt).reversed());
        return spiegels;
    }

    @Override
    public synchronized boolean addReflection(TeamScope team, String id, Reflection reflection) {
        check();
        Map<String, Spiegel> spiegels = teams.getOrDefault(team, Map.of());
        Spiegel spiegel = spiegels.get(id);
        if (spiegel == null) {
            return false;
        }
        spiegels.put(id, spiegel.withReflection(reflection, reflection.at()));
        return true;
    }

    @Override
    public synchronized boolean delete(TeamScope team, String id) {
        check();
        return teams.getOrDefault(team, new LinkedHashMap<>()).remove(id) != null;
    }

    @Override
    public synchronized long deleteOnDate(TeamScope team, LocalDate date) {
        check();
        Map<String, Spiegel> spiegels = teams.getOrDefault(team, new LinkedHashMap<>());
        long before = spiegels.size();
        spiegels.values().removeIf(spiegel -> spiegel.date().equals(date));
        return before - spiegels.size();
    }

    @Override
    public synchronized long deleteAllOfTeam(TeamScope team) {
        check();
        Map<String, Spiegel> removed = teams.remove(team);
        return removed == null ? 0 : removed.size();
    }

    private void check() {
        if (unavailable) {
            throw new UnavailableException("test: the database is away");
        }
    }
}
