package nl.hgw.nlp.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.Role;
import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.lexicon.RuleExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example sentence of every rule file, as LanguageTool does with its rule files: an
 * {@code example} must make its rule fire, a {@code counter} must not; a need written for an
 * example is positive (no negation) and never repeats a label.
 */
class RuleExamplesTest {

    private static Reformulator engine;

    private static final java.util.Map<Language, nl.hgw.nlp.analysis.TextAnalyzer> ANALYZERS = new java.util.EnumMap<>(
            Language.class);

    @BeforeAll
    static void load() {
        engine = Reformulator.load();
        ANALYZERS.put(Language.DUTCH, Reformulator.dutchAnalyzer());
        ANALYZERS.put(Language.ENGLISH, Reformulator.englishAnalyzer());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryRuleHolds() {
        return Stream.of(Language.values())
            .flatMap(language -> engine.lexicon(language)
                .examples()
                .stream()
                .map(example -> DynamicTest.dynamicTest(
                        language.code() + " " + example.kind() + " " + example.ruleId() + ": " + example.text(),
                        () -> check(language, example))));
    }

    private static void check(Language language, RuleExample example) {
        String goal = language == Language.DUTCH ? "de les goed volgen" : "follow the lesson well";
        Reformulation out = engine.reformulate(example.text(), goal, "", language);
        String id = example.ruleId();
        boolean fired = switch (example.kind()) {
            case "deficit" -> out.deficits().stream().anyMatch(d -> d.rule().equals(id));
            case "label" -> !out.labels().isEmpty();
            case "strength" -> !out.strengths().isEmpty();
            case "needs" -> out.needs().stream().anyMatch(n -> n.rule().equals("needs:" + id))
                    && out.deficits().isEmpty();
            case "role" -> roleOf(language, example.text()) == Role.fromId(id).orElseThrow();
            default -> true;
        };
        assertThat(fired).as("%s (%s): '%s' should %sfire; got %s", id, example.where(), example.text(),
                example.positive() ? "" : "not ", out)
            .isEqualTo(example.positive());
        for (Reformulation.Need need : out.needs()) {
            for (Reformulation.LabelFinding label : out.labels()) {
                assertThat(need.text().toLowerCase()).as("label in need for '%s'", example.text())
                    .doesNotContain(label.label().toLowerCase());
            }
            if (!need.rule().startsWith("needs:")) {
                assertThat(List.of(need.text().toLowerCase().split("[^\\p{L}']+")))
                    .as("a need is written positively: %s", need.text())
                    .doesNotContain("niet", "geen", "nooit", "not", "never", "no");
            }
        }
    }

    private static Role roleOf(Language language, String text) {
        var analyzer = ANALYZERS.get(language);
        Sentence s = analyzer.analyze(text).get(0);
        return new RoleResolver(engine.lexicon(language), analyzer.morphology()).resolve(s.tokens(), null, "");
    }

}
