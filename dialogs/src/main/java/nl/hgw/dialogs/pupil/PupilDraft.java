package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.hgw.nlp.Category;

/**
 * Everything the teacher entered so far about one pupil, in conversation state until it is
 * saved (then it is cleared) or the teacher stops (then too). The note dialog's steps ask
 * for what is still missing here, so after "terug", a restart or a long pause the
 * conversation carries on at the first open question.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class PupilDraft {

    /** The questions the dialog asks, in order; also what "terug" can undo. */
    enum Slot { PUPIL, GOAL, GOAL_DETAIL, NOTE, NEEDS, REACH, SUPPORT }

    /** The teacher's note; kept only while the dialog runs, never stored. */
    String note;

    String pupil;

    /** Reopened with "wijzig": the stored goal is offered to keep. */
    boolean editing;

    /** Whether the store was asked about this pupil (a stored goal is then known). */
    boolean storedChecked;

    /** The store could not be asked (it was away); the save asks again. */
    boolean lookupFailed;

    /** Whether a plan of this pupil is stored. */
    boolean stored;

    String storedGoal;

    String goal;

    /** The first, vague answer (for "terug" from the follow-up). */
    String firstGoal;

    boolean goalConfirmed;

    boolean goalVague;

    boolean goalDetailAsked;

    boolean reformulated;

    List<DraftNeed> needs = new ArrayList<>();

    /** The needs as stored, restored when the note's needs are made again. */
    List<DraftNeed> storedNeeds = new ArrayList<>();

    List<String> strengths = new ArrayList<>();

    List<String> storedStrengths = new ArrayList<>();

    List<DraftLabel> labels = new ArrayList<>();

    /** The engine's open questions (e.g. what parents need to come to school). */
    List<String> questions = new ArrayList<>();

    boolean needsReviewed;

    boolean reachDone;

    List<String> supportKinds = new ArrayList<>();

    String supportText = "";

    boolean supportDone;

    /** The slots the teacher answered, in order, for "terug". */
    List<Slot> answered = new ArrayList<>();

    int lastNeedId;

    public PupilDraft() {
    }

    boolean hasPupil() {
        return pupil != null && !pupil.isBlank();
    }

    boolean hasNote() {
        return note != null && !note.isBlank();
    }

    boolean hasGoal() {
        return goal != null && !goal.isBlank();
    }

    DraftNeed addNeed(String category, String text, String source) {
        return addNeed(category, text, source, "");
    }

    /** A need the engine wrote, with the id of its rule. */
    DraftNeed addNeed(String category, String text, String source, String rule) {
        DraftNeed need = new DraftNeed(++lastNeedId, category, text, source, rule);
        needs.add(need);
        sortNeeds();
        return need;
    }

    /** Grouped by category in the order of the six categories; numbers on the card follow this order. */
    void sortNeeds() {
        needs.sort(Comparator.comparingInt(need -> Category.fromId(need.category).map(Enum::ordinal).orElse(99)));
    }

    /** The loaded plan becomes the starting point. */
    void load(PupilPlan plan) {
        stored = true;
        pupil = plan.name();
        storedGoal = plan.goal();
        if (!hasGoal()) {
            goal = plan.goal();
        }
        storedNeeds.clear();
        for (PlannedNeed need : plan.needs()) {
            DraftNeed draft = new DraftNeed(++lastNeedId, need.category().id(), need.text(), "", need.rule());
            draft.reach = need.reach().id();
            storedNeeds.add(draft);
        }
        storedStrengths = new ArrayList<>(plan.strengths());
        supportKinds = new ArrayList<>(plan.support().kinds().stream().map(SupportKind::id).toList());
        supportText = plan.support().text();
        resetReformulation();
    }

    /** Back to the stored needs and strengths, before the note was read. */
    void resetReformulation() {
        needs = new ArrayList<>();
        for (DraftNeed need : storedNeeds) {
            DraftNeed copy = new DraftNeed(need.id, need.category, need.text, need.source, need.rule);
            copy.reach = need.reach;
            needs.add(copy);
        }
        sortNeeds();
        strengths = new ArrayList<>(storedStrengths);
        labels = new ArrayList<>();
        questions = new ArrayList<>();
        reformulated = false;
        needsReviewed = false;
    }

    /**
     * Forgets the answer to a slot, so the dialog asks it again ("terug"). Returns the draft
     * to go on with: a fresh one (with only the note) when the pupil's name is asked again.
     */
    PupilDraft reopen(Slot slot) {
        switch (slot) {
            case PUPIL -> {
                PupilDraft fresh = new PupilDraft();
                fresh.note = note;
                return fresh;
            }
            case GOAL -> {
                goal = editing ? storedGoal : null;
                firstGoal = null;
                goalConfirmed = false;
                goalVague = false;
                goalDetailAsked = false;
                resetReformulation();
            }
            case GOAL_DETAIL -> {
                goal = firstGoal;
                goalDetailAsked = false;
                resetReformulation();
            }
            case NOTE -> {
                note = null;
                resetReformulation();
            }
            case NEEDS -> needsReviewed = false;
            case REACH -> reachDone = false;
            case SUPPORT -> supportDone = false;
        }
        return this;
    }

    /** The plan to store. */
    PupilPlan plan() {
        List<PlannedNeed> planned = needs.stream()
            .map(need -> new PlannedNeed(Category.fromId(need.category).orElse(Category.TEACHER), need.text,
                Reach.fromId(need.reach).orElse(Reach.INDIVIDUAL), need.rule))
            .toList();
        List<SupportKind> kinds = supportKinds.stream().map(SupportKind::fromId).flatMap(java.util.Optional::stream)
            .toList();
        return PupilPlan.of(pupil, goal, planned, strengths, new TeacherSupport(kinds, supportText));
    }
}
