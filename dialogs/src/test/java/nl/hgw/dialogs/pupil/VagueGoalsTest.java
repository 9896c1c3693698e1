package nl.hgw.dialogs.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.hgw.dialogs.Messages;
import nl.hgw.nlp.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of {@code vague-goals.<lang>.txt}: the file carries its own tests. */
class VagueGoalsTest {

    static Stream<Arguments> examples() {
        return Stream.of(Language.values()).flatMap(language -> {
            VagueGoals goals = Engines.shared().vagueGoals(language);
            return Stream.concat(
                goals.vagueExamples().stream().map(goal -> Arguments.of(language, goal, true)),
                goals.clearExamples().stream().map(goal -> Arguments.of(language, goal, false)));
        });
    }

    @ParameterizedTest(name = "{0}: \"{1}\" vague={2}")
    @MethodSource("examples")
    void everyExampleOfTheFileHolds(Language language, String goal, boolean vague) {
        assertThat(Engines.shared().vagueGoals(language).isVague(goal, "Joost"))
            .as("'%s' (%s) should be %s", goal, language, vague ? "vague" : "clear").isEqualTo(vague);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachFileHasExamplesBothWays(Language language) {
        VagueGoals goals = Engines.shared().vagueGoals(language);
        assertThat(goals.vagueExamples()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(goals.clearExamples()).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePupilsNameIsNoWord(Language language) {
        Messages messages = Messages.of(language == Language.ENGLISH ? Messages.ENGLISH : Messages.DUTCH);
        assertThat(Engines.shared().isVagueGoal("Joost rekent", "Joost", messages)).isTrue();
    }
}
