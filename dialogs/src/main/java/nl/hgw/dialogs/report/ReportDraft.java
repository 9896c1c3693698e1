package nl.hgw.dialogs.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.List;

/**
 * A report while it is being reformulated, in conversation state: its paragraphs, goal and
 * pupil, then the needs and strengths to save. Cleared when the dialog ends or the user stops;
 * never stored anywhere else.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ReportDraft {

    List<String> paragraphs = new ArrayList<>();

    /** The goal the IB/KC gave; empty when the report states its own. */
    String goal = "";

    /** The goals the report states. */
    List<String> statedGoals = new ArrayList<>();

    String pupil = "";

    /** After the reformulation: what can be saved to the pupil. */
    List<SavedNeed> needs = new ArrayList<>();

    List<String> strengths = new ArrayList<>();

    /** The goal to store with the pupil: the given one, or the first the report states. */
    String goalToStore() {
        return !goal.isBlank() ? goal : statedGoals.isEmpty() ? "" : statedGoals.get(0);
    }

    boolean hasGoal() {
        return !goalToStore().isBlank();
    }

    /** A need to the pupil: category id, text, and the engine rule that wrote it. */
    record SavedNeed(String category, String text, String rule) {
    }
}
