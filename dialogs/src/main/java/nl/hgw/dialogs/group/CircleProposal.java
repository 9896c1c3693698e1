package nl.hgw.dialogs.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.Reach;

/**
 * Proposes a circle for every pupil, from the teacher's choices per need (who else needs it) and
 * the needs pupils share:
 * <ul>
 * <li>A need is part of the <b>basic offer</b> when the teacher chose "hele groep" or "subgroep
 * basis" for it, or when at least half of the group (and at least {@value #BASIC_AT_LEAST} pupils)
 * need that kind: essential for some, beneficial for all.</li>
 * <li>Every other need counts for a side: "subgroep intensief" for the intensive ear, "subgroep
 * verdiept" for the deepened one; a need the teacher kept for one pupil counts for the side that
 * the other pupils with that kind of need were given (pupils who need the same go together).</li>
 * <li>A pupil goes to the ear with more such needs (a tie: intensive), or to the head when no need
 * counts for a side.</li>
 * <li>The <b>earrings</b> are the very few: pupils with at least {@value #EARRING_AT_LEAST} needs
 * that no one else in the group has, the most first, at most one in ten pupils (at least one). They
 * hang at the ear of their side.</li>
 * </ul>
 * Deterministic: ties are broken by name.
 */
final class CircleProposal {

    static final int BASIC_AT_LEAST = 3;

    static final int EARRING_AT_LEAST = 2;

    private enum Side { NONE, INTENSIVE, DEEPENED }

    /** The circle of each pupil, by name key, in name order. */
    Map<String, Circle> propose(List<PupilPlan> pupils, List<NeedKind> kinds) {
        int basicFrom = Math.max(BASIC_AT_LEAST, (pupils.size() + 1) / 2);
        Map<String, int[]> counts = new HashMap<>();
        for (NeedKind kind : kinds) {
            boolean basic = kind.size() >= basicFrom;
            Side kindSide = side(kind);
            for (NeedKind.PupilNeed need : kind.needs()) {
                int[] count = counts.computeIfAbsent(need.pupilKey(), key -> new int[3]);
                Reach reach = need.need().reach();
                if (basic || reach == Reach.WHOLE_GROUP || reach == Reach.SUBGROUP_BASIC) {
                    continue;
                }
                Side side = reach == Reach.SUBGROUP_INTENSIVE ? Side.INTENSIVE
                    : reach == Reach.SUBGROUP_DEEPENED ? Side.DEEPENED : kindSide;
                if (side != Side.NONE) {
                    count[side.ordinal() - 1]++;
                }
                if (reach == Reach.INDIVIDUAL && !kind.shared()) {
                    count[2]++;
                }
            }
        }
        List<String> keys = pupils.stream().map(plan -> PupilRepository.key(plan.name())).sorted().toList();
        Map<String, Circle> circles = new LinkedHashMap<>();
        for (String key : keys) {
            int[] count = counts.getOrDefault(key, new int[3]);
            Side side = side(count[0], count[1]);
            circles.put(key, side == Side.INTENSIVE ? Circle.INTENSIVE : side == Side.DEEPENED ? Circle.DEEPENED
                : Circle.HEAD);
        }
        List<String> candidates = new ArrayList<>(keys.stream()
            .filter(key -> counts.getOrDefault(key, new int[3])[2] >= EARRING_AT_LEAST).toList());
        candidates.sort(Comparator.<String>comparingInt(key -> -counts.get(key)[2])
            .thenComparingInt(key -> -(counts.get(key)[0] + counts.get(key)[1]))
            .thenComparing(Comparator.naturalOrder()));
        int earrings = Math.max(1, pupils.size() / 10);
        for (String key : candidates.subList(0, Math.min(earrings, candidates.size()))) {
            int[] count = counts.get(key);
            circles.put(key, side(count[0], count[1]) == Side.DEEPENED ? Circle.VERY_DEEPENED : Circle.VERY_INTENSIVE);
        }
        return circles;
    }

    /** The side the teacher gave this kind of need for its pupils: the subgroup chosen most. */
    private static Side side(NeedKind kind) {
        int intensive = 0;
        int deepened = 0;
        for (NeedKind.PupilNeed need : kind.needs()) {
            if (need.need().reach() == Reach.SUBGROUP_INTENSIVE) {
                intensive++;
            } else if (need.need().reach() == Reach.SUBGROUP_DEEPENED) {
                deepened++;
            }
        }
        return side(intensive, deepened);
    }

    private static Side side(int intensive, int deepened) {
        if (deepened > intensive) {
            return Side.DEEPENED;
        }
        return intensive > 0 ? Side.INTENSIVE : Side.NONE;
    }
}
