package nl.hgw.nlp.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishPurposeClauseTest {

    private static EnglishPurposeClause purpose;

    @BeforeAll
    static void load() {
        purpose = new EnglishPurposeClause(Reformulator.englishAnalyzer());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            finish his reading task on time | to finish his reading task on time
            join a game during recess | to join a game during recess
            hand in her reading log every Friday | to hand in her reading log every Friday
            the class starts the day calmly | so that the class starts the day calmly
            Mia joins a game at recess | so that Mia joins a game at recess
            """)
    void writesAGoalAsAPurposeClause(String goal, String expected) {
        assertThat(purpose.of(goal)).isEqualTo(expected);
    }
}
