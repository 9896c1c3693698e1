package nl.hgw.dialogs.group;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.PupilRepository;

/**
 * A team's group overview: every pupil in one circle (proposed, or where the team moved them),
 * the circles' names, and the kinds of need the pupils share.
 *
 * @param pupils  the team's pupils by name; their numbers (1, 2, …) are those of "leerlingen"
 * @param circles the circle of each pupil, by name key
 * @param moved   the pupils the team placed themselves, by name key
 * @param titles  the name of each circle (the team's own, else the usual one)
 * @param kinds   every kind of need, the most shared first
 */
record GroupOverview(List<PupilPlan> pupils, Map<String, Circle> circles, List<String> moved,
        Map<Circle, String> titles, List<NeedKind> kinds) {

    GroupOverview {
        pupils = List.copyOf(pupils);
        circles = Map.copyOf(circles);
        moved = List.copyOf(moved);
        titles = Map.copyOf(new EnumMap<>(titles));
        kinds = List.copyOf(kinds);
    }

    /** The pupils in a circle, by name. */
    List<PupilPlan> members(Circle circle) {
        return pupils.stream().filter(plan -> circles.get(key(plan)) == circle).toList();
    }

    /** The circle of a pupil. */
    Circle circleOf(PupilPlan plan) {
        return circles.get(key(plan));
    }

    String title(Circle circle) {
        return titles.get(circle);
    }

    /** The pupil with this number (1-based, by name) or this name. */
    Optional<PupilPlan> pupil(String numberOrName) {
        String text = numberOrName.strip();
        if (text.matches("\\d{1,3}")) {
            int number = Integer.parseInt(text);
            return number >= 1 && number <= pupils.size() ? Optional.of(pupils.get(number - 1)) : Optional.empty();
        }
        String key = PupilRepository.key(text);
        return pupils.stream().filter(plan -> key(plan).equals(key)).findFirst();
    }

    /** The kinds of need more than one pupil has, the most shared first. */
    List<NeedKind> shared() {
        return kinds.stream().filter(NeedKind::shared).toList();
    }

    /**
     * What the pupils of one circle need: each kind with only the circle's pupils, the most
     * shared first (the needs to plan for that circle).
     */
    List<NeedKind> kindsIn(Circle circle) {
        List<NeedKind> out = new ArrayList<>();
        for (NeedKind kind : kinds) {
            List<NeedKind.PupilNeed> inCircle = kind.needs().stream()
                .filter(need -> circles.get(need.pupilKey()) == circle).toList();
            if (!inCircle.isEmpty()) {
                out.add(new NeedKind(kind.category(), kind.phrase(), inCircle));
            }
        }
        out.sort(NeedGrouping.MOST_SHARED);
        return out;
    }

    /** How many pupils each circle has, in circle order. */
    Map<Circle, Integer> sizes() {
        Map<Circle, Integer> sizes = new LinkedHashMap<>();
        for (Circle circle : Circle.values()) {
            sizes.put(circle, members(circle).size());
        }
        return sizes;
    }

    static String key(PupilPlan plan) {
        return PupilRepository.key(plan.name());
    }
}
