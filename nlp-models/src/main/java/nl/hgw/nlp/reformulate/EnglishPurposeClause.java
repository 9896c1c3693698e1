package nl.hgw.nlp.reformulate;

import java.util.List;

import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.analysis.Token;

/** The English purpose clause: "to finish his reading task", or "so that the class starts calmly". */
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
                if (afterSubject && this.analyzer.morphology().isFiniteVerb(tokens.get(i))) {
                    return "so that " + g;
                }
            }
        }
        return "to " + g;
    }

}
