package nl.hgw.dialogs.report;

import com.microsoft.bot.schema.Activity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.hgw.dialogs.pupil.PlannedNeed;
import nl.hgw.dialogs.pupil.PupilNames;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.nlp.Category;

/**
 * Adds a report's needs and strengths to a pupil of the team, in the same store as the
 * goal-first conversation: a need the pupil already has is not added twice, a stored goal stays
 * (the report's goal is used only for a pupil without one).
 */
final class ReportSaver {

    enum Result { SAVED, NO_NAME, UNAVAILABLE }

    record Outcome(Result result, String pupil, int added) {
    }

    private final PupilRepository pupils;

    ReportSaver(PupilRepository pupils) {
        this.pupils = pupils;
    }

    Outcome save(Activity activity, ReportDraft draft, String answer) {
        Optional<String> name = PupilNames.clean(answer);
        if (name.isEmpty()) {
            return new Outcome(Result.NO_NAME, "", 0);
        }
        TeamScope team = TeamScope.of(activity);
        try {
            Optional<PupilPlan> stored = pupils.find(team, name.get());
            List<PlannedNeed> needs = new ArrayList<>(stored.map(PupilPlan::needs).orElse(List.of()));
            int before = needs.size();
            for (ReportDraft.SavedNeed need : draft.needs) {
                Category category = Category.fromId(need.category()).orElse(Category.TASKS_ENVIRONMENT);
                if (needs.stream().noneMatch(known -> known.text().equals(need.text()))) {
                    needs.add(new PlannedNeed(category, need.text(), null, need.rule()));
                }
            }
            LinkedHashSet<String> strengths = new LinkedHashSet<>(stored.map(PupilPlan::strengths).orElse(List.of()));
            strengths.addAll(draft.strengths);
            String goal = stored.map(PupilPlan::goal).filter(g -> !g.isBlank()).orElse(draft.goalToStore());
            String pupil = stored.map(PupilPlan::name).orElse(name.get());
            PupilPlan plan = PupilPlan.of(pupil, goal, needs, List.copyOf(strengths),
                stored.map(PupilPlan::support).orElse(null));
            pupils.save(team, plan, TeamScope.authorOf(activity));
            return new Outcome(Result.SAVED, pupil, needs.size() - before);
        } catch (PupilRepository.UnavailableException unavailable) {
            return new Outcome(Result.UNAVAILABLE, name.get(), 0);
        }
    }
}
