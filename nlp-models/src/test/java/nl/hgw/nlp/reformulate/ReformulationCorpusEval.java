package nl.hgw.nlp.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.hgw.nlp.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the engine on the project's own corpus ({@code reformulation-cases.jsonl}, written apart
 * from the rules) with the checks of the shared scorer, and pins the score: a change to the rules
 * or the models that lowers it below {@link #MIN_SCORE} fails the build.
 */
class ReformulationCorpusEval {

    static final double MIN_SCORE = 0.95;

    private static Reformulator engine;

    @BeforeAll
    static void load() {
        engine = Reformulator.load();
    }

    @Test
    void scoresAtLeastTheMinimumOnTheCorpus() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/reformulation-cases.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    cases.add(json.readTree(line));
                }
            }
        }
        int passed = 0;
        List<String> cores = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (JsonNode c : cases) {
            Reformulation out = engine.reformulate(c.path("text").asText(), c.path("goal").asText(""),
                    c.path("pupil").asText(""), Language.fromLocale(c.path("locale").asText("nl")).orElseThrow());
            out.needs().forEach(n -> cores.add(CaseScorer.needCore(c, n.text())));
            List<String> fails = CaseScorer.failures(c, out);
            if (fails.isEmpty()) {
                passed++;
            }
            else {
                report.append("FAIL ").append(c.path("id").asText()).append(": ").append(c.path("text").asText())
                    .append("\n    ").append(String.join("\n    ", fails)).append('\n');
            }
        }
        double distinct = cores.isEmpty() ? 0 : (double) new HashSet<>(cores).size() / cores.size();
        double score = distinct >= CaseScorer.MIN_DISTINCT ? (double) passed / cases.size() : 0;
        System.out.printf("corpus: %d cases, %d passed, score %.3f, distinct needs %.3f%n%s", cases.size(), passed,
                score, distinct, report);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(score).as("corpus score (failures above)").isGreaterThanOrEqualTo(MIN_SCORE);
    }

}
