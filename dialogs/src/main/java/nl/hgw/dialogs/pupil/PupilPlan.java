package nl.hgw.dialogs.pupil;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the team keeps about one pupil: the goal, the needs tied to it (each with who else
 * needs it), the strengths, and what the teacher needs to offer them. Not the note it came
 * from, and no labels.
 *
 * @param name      the pupil as the teacher names them; unique per team, ignoring case
 * @param goal      short and observable, within weeks
 * @param needs     the needs the teacher kept
 * @param strengths strengths named in the notes (principle 5)
 * @param support   the teacher's support needs; empty when skipped
 * @param createdBy who first saved it (Azure AD object id, else the channel's user id); set by the repository
 * @param updatedBy who saved it last; set by the repository
 * @param createdAt set by the repository
 * @param updatedAt set by the repository; retention counts from here
 */
public record PupilPlan(String name, String goal, List<PlannedNeed> needs, List<String> strengths,
        TeacherSupport support, String createdBy, String updatedBy, Instant createdAt, Instant updatedAt) {

    public PupilPlan {
        Objects.requireNonNull(name, "name");
        goal = goal == null ? "" : goal;
        needs = needs == null ? List.of() : List.copyOf(needs);
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        support = support == null ? new TeacherSupport(List.of(), "") : support;
    }

    /** A plan to save; the repository fills in who and when. */
    public static PupilPlan of(String name, String goal, List<PlannedNeed> needs, List<String> strengths,
            TeacherSupport support) {
        return new PupilPlan(name, goal, needs, strengths, support, null, null, null, null);
    }
}
