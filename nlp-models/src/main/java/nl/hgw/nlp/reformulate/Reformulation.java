package nl.hgw.nlp.reformulate;

import java.util.List;

/**
 * The answer of the engine, field for field the JSON contract of HGW.md: labels flagged with a
 * question, deficit fragments found, strengths kept, needs tied to the goal (each with its verbatim
 * source and the rule that wrote it), open questions, and the whole text again in needs language.
 */
public record Reformulation(String locale, String pupil, String goal, List<LabelFinding> labels,
        List<DeficitFinding> deficits, List<StrengthFinding> strengths, List<Need> needs, List<String> questions,
        String rewrite) {

    /** A label in the input: its name, the fragment it stands in, what to ask instead. */
    public record LabelFinding(String label, String source, String question) {
    }

    /** A fragment in deficit language and the category of need it calls for. */
    public record DeficitFinding(String source, String category, String rule) {
    }

    /** A strength named in the input. */
    public record StrengthFinding(String text, String source) {
    }

    /** An education need: category id, the sentence, the fragment it replaces, the rule (or classifier). */
    public record Need(String category, String text, String source, String rule) {
    }

}
