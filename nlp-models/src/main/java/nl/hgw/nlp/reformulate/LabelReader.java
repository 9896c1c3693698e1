package nl.hgw.nlp.reformulate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.LabelRule;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.RuleIndex;

/** Finds labels ("ADHD", "dyslectisch") and names each back with its question, never in a need. */
final class LabelReader {

    private final Lexicon lexicon;

    private final TextAnalyzer analyzer;

    private final RuleIndex<LabelRule> labels;

    LabelReader(Lexicon lexicon, TextAnalyzer analyzer) {
        this.lexicon = lexicon;
        this.analyzer = analyzer;
        this.labels = new RuleIndex<>(lexicon.labels(), LabelRule::pattern);
    }

    /** Labels in the clause, each named back with its question; true when there was one. */
    boolean read(Clause clause, Findings findings) {
        List<Token> tokens = clause.tokens();
        boolean found = false;
        for (LabelRule label : this.labels.candidates(tokens)) {
            Optional<TreeSet<Integer>> m = label.pattern().match(tokens);
            if (m.isPresent()) {
                String written = findings.text.substring(tokens.get(m.get().first()).start(),
                        tokens.get(m.get().last()).end());
                // named as the teacher wrote it when that is another form ("PDD-NOS", "dyslectisch")
                String name = written.toLowerCase(Locale.ROOT).contains(label.name().toLowerCase(Locale.ROOT))
                        ? label.name() : written;
                String question = label.question() != null ? label.question()
                        : this.lexicon.template("label_question");
                findings.label(name, clause,
                        question.replace("{label}", name).replace("{naam}", findings.subject.inSentence()));
                found = true;
            }
        }
        return found;
    }

    /**
     * A goal that names a label ("zijn ADHD beter leren hanteren") says nothing a teacher can see
     * or hear: the answer asks for one.
     */
    void askAboutLabelsIn(String goal, Subject subject, Findings findings) {
        if (goal == null || goal.isBlank()) {
            return;
        }
        for (Sentence s : this.analyzer.analyze(goal)) {
            for (LabelRule label : this.labels.candidates(s.tokens())) {
                if (label.pattern().occursIn(s.tokens())) {
                    findings.question(this.lexicon.template("goal_label_question")
                        .replace("{label}", label.name())
                        .replace("{naam}", subject.inSentence()));
                    return;
                }
            }
        }
    }

}
