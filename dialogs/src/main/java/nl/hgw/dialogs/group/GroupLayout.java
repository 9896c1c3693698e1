package nl.hgw.dialogs.group;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a team changed in the proposed circles: pupils moved to another circle, and circles given
 * a name of their own ("Rekengroep"). Everything else follows from the pupils' needs each time.
 *
 * @param names     a circle's own name, when the team gave one
 * @param moves     pupils (by {@link nl.hgw.dialogs.pupil.PupilRepository#key name key}) placed in a
 *                  circle by the team
 * @param updatedBy who changed it last (set by the repository)
 * @param updatedAt set by the repository; retention counts from here
 */
public record GroupLayout(Map<Circle, String> names, Map<String, Circle> moves, String updatedBy, Instant updatedAt) {

    public GroupLayout {
        names = names == null || names.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(names));
        moves = moves == null ? Map.of() : Map.copyOf(moves);
    }

    /** Nothing changed yet: the proposal as it is. */
    public static GroupLayout empty() {
        return new GroupLayout(Map.of(), Map.of(), null, null);
    }

    /** With a pupil placed in a circle. */
    public GroupLayout withMove(String pupilKey, Circle circle) {
        Map<String, Circle> changed = new LinkedHashMap<>(moves);
        changed.put(pupilKey, circle);
        return new GroupLayout(names, changed, updatedBy, updatedAt);
    }

    /** With a circle's own name; {@code null} gives it its usual name back. */
    public GroupLayout withName(Circle circle, String name) {
        Map<Circle, String> changed = new EnumMap<>(Circle.class);
        changed.putAll(names);
        if (name == null) {
            changed.remove(circle);
        } else {
            changed.put(circle, name);
        }
        return new GroupLayout(changed, moves, updatedBy, updatedAt);
    }

    /** Without the moves of pupils the team no longer has (a deleted pupil leaves no name behind). */
    public GroupLayout keepOnly(Set<String> pupilKeys) {
        Map<String, Circle> kept = new LinkedHashMap<>(moves);
        kept.keySet().retainAll(pupilKeys);
        return new GroupLayout(names, kept, updatedBy, updatedAt);
    }
}
