package nl.hgw.nlp.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import nl.hgw.nlp.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example sentence of every built-in rule file through {@link RuleExamples}, as
 * LanguageTool does with its rule files: an {@code example} must make its rule fire, a
 * {@code counter} must not; a need written for an example is positive and never repeats a label.
 */
class RuleExamplesTest {

    private static Reformulator engine;

    private static RuleExamples examples;

    @BeforeAll
    static void load() {
        engine = Reformulator.load();
        examples = new RuleExamples(engine);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryRuleHolds() {
        return Stream.of(Language.values())
            .flatMap(language -> engine.lexicon(language)
                .examples()
                .stream()
                .map(example -> DynamicTest.dynamicTest(
                        language.code() + " " + example.kind() + " " + example.ruleId() + ": " + example.text(),
                        () -> assertThat(examples.problem(language, example)).as(example.where()).isEmpty())));
    }

}
