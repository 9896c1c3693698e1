package nl.hgw.dialogs.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.hgw.dialogs.pupil.PlannedNeed;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.kinds.NeedKey;
import nl.hgw.nlp.kinds.NeedKinds;
import nl.hgw.nlp.kinds.NeedText;

/**
 * The needs of a team's pupils, grouped by kind through the engine ({@link NeedKinds}: the rule
 * that wrote a need, else its key words). The most shared kinds first; the same pupils give the
 * same kinds in the same order.
 */
final class NeedGrouping {

    /** Most pupils first, then by category, then by phrase. */
    static final Comparator<NeedKind> MOST_SHARED = Comparator.comparingInt(NeedKind::size).reversed()
        .thenComparing(NeedKind::category)
        .thenComparing(kind -> kind.phrase().toLowerCase(Locale.ROOT));

    private final NeedKinds kinds;

    NeedGrouping(NeedKinds kinds) {
        this.kinds = kinds;
    }

    /**
     * @param pupils   the team's pupils, in any order
     * @param language the language of needs whose wording does not tell (the teacher's own words)
     */
    List<NeedKind> group(List<PupilPlan> pupils, Language language) {
        List<PupilPlan> ordered = pupils.stream().sorted(Comparator.comparing(plan -> PupilRepository.key(plan.name())))
            .toList();
        List<NeedKind.PupilNeed> needs = new ArrayList<>();
        List<NeedKey> keys = new ArrayList<>();
        for (PupilPlan plan : ordered) {
            for (PlannedNeed need : plan.needs()) {
                needs.add(new NeedKind.PupilNeed(plan.name(), PupilRepository.key(plan.name()), need));
                keys.add(kinds.key(new NeedText(need.category().id(), need.text(), need.rule(), plan.name(),
                    plan.goal()), language));
            }
        }
        List<NeedKind> out = new ArrayList<>();
        for (List<Integer> group : kinds.group(keys)) {
            List<NeedKind.PupilNeed> members = group.stream().map(needs::get).toList();
            List<String> phrases = group.stream().map(i -> keys.get(i).phrase()).toList();
            out.add(new NeedKind(members.get(0).need().category(), usualPhrase(phrases, members), members));
        }
        out.sort(MOST_SHARED);
        return List.copyOf(out);
    }

    /** The wording most of the kind's needs share; on a tie the shortest, then the first alphabetically. */
    private static String usualPhrase(List<String> phrases, List<NeedKind.PupilNeed> members) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (String phrase : phrases) {
            String lower = phrase.toLowerCase(Locale.ROOT);
            counts.merge(lower, 1, Integer::sum);
            written.putIfAbsent(lower, phrase);
        }
        return counts.entrySet().stream()
            .filter(entry -> !entry.getKey().isBlank())
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(entry -> entry.getKey().length())
                .thenComparing(Map.Entry::getKey))
            .map(entry -> written.get(entry.getKey()))
            .findFirst()
            .orElse(members.get(0).need().text());
    }
}
