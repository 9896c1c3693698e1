package nl.hgw.nlp.report;

import java.util.List;
import java.util.Map;

import nl.hgw.nlp.reformulate.Reformulation;

/**
 * A whole report in needs language, paragraph by paragraph, with what the paragraphs have in
 * common gathered once: the needs per category, the labels, the strengths and the questions to
 * ask, each without repeats.
 *
 * @param locale      "nl" or "en"
 * @param pupil       the pupil as given or as the report names them; empty when neither
 * @param goals       the goals in force, in order: the one given, or those the report states
 * @param goalStated  whether the goals come from the report itself
 * @param paragraphs  every paragraph of the report, in order
 * @param needs       the needs of all paragraphs, by category id, each once
 * @param labels      the labels named, each once, with the question to ask instead
 * @param strengths   the strengths kept, each once
 * @param questions   the open questions, each once
 * @param summary     the counts the summary card shows
 */
public record ReportReformulation(String locale, String pupil, List<String> goals, boolean goalStated,
        List<Paragraph> paragraphs, Map<String, List<Reformulation.Need>> needs,
        List<Reformulation.LabelFinding> labels, List<String> strengths, List<String> questions, Summary summary) {

    /**
     * One paragraph: its number (from 1), the text as written, what it is (a stated goal or
     * pupil, or text), the goal its needs serve, and the engine's reading of it (empty for a
     * heading).
     */
    public record Paragraph(int number, String text, String kind, String goal, Reformulation reformulation) {

        public static final String TEXT = "text";

        public static final String GOAL = "goal";

        public static final String PUPIL = "pupil";
    }

    /** The counts of the summary card. */
    public record Summary(int paragraphs, int labels, int deficits, int needs, Map<String, Integer> needsPerCategory,
            int strengths, int questions) {
    }
}
