package nl.hgw.nlp.reformulate;

import java.util.List;

import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.analysis.Token;

/**
 * The English purpose clause: "to finish his reading task", or "so that the class starts calmly"
 * when the goal is a sentence (a subject first, or a verb that shows it has one).
 */
final class EnglishPurposeClause implements PurposeClause {

    private final TextAnalyzer analyzer;

    EnglishPurposeClause(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String of(String goal) {
        String g = GoalText.clean(goal, "to ");
        if (g.isEmpty()) {
            return "";
        }
        List<Sentence> sentences = this.analyzer.analyze(g);
        if (!sentences.isEmpty()) {
            List<Token> tokens = sentences.get(0).tokens();
            for (int i = 1; i < Math.min(tokens.size(), 5); i++) {
                Token before = tokens.get(i - 1);
                boolean afterSubject = before.tags().contains("NOUN") || before.tags().contains("PROPN")
                        || before.tags().contains("PRON");
                if (afterSubject && this.analyzer.morphology().isFiniteVerb(tokens.get(i))
                        && (startsWithASubject(tokens) || agrees(tokens.get(i)))) {
                    return "so that " + g;
                }
            }
        }
        return "to " + g;
    }

    /** "the class …", "Mia …", "they …": not a bare verb ("hand in her reading log" is one). */
    private static boolean startsWithASubject(List<Token> tokens) {
        Token first = tokens.get(0);
        return first.tags().contains("DET") || first.tags().contains("PROPN") || first.tags().contains("PRON");
    }

    /** A verb form that shows its subject: "starts" (not "finished": a participle can follow a bare verb). */
    private static boolean agrees(Token verb) {
        String w = verb.lower();
        return w.endsWith("s") && !w.endsWith("ss");
    }

}
