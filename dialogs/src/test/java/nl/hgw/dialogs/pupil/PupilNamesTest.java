package nl.hgw.dialogs.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import nl.hgw.dialogs.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the examples of {@code not-names.txt}, and the cleaning of a typed name. */
class PupilNamesTest {

    static Stream<Arguments> examples() {
        PupilNames names = Engines.shared().names();
        return Stream.concat(
            names.examples("name").stream().map(line -> {
                String[] parts = line.split("=>");
                return Arguments.of(parts[0].strip(), Optional.of(parts[1].strip()));
            }),
            names.examples("none").stream().map(line -> Arguments.of(line, Optional.empty())));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("examples")
    void findsThePupilAtTheStartOfANote(String note, Optional<String> name) {
        Messages messages = Messages.of(looksEnglish(note) ? Messages.ENGLISH : Messages.DUTCH);
        assertThat(Engines.shared().pupilIn(note, messages)).as(note).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Joost", "  Joost. ", "het gaat over Joost", "over Joost", "leerling Joost", "about Joost"})
    void cleansATypedName(String answer) {
        assertThat(PupilNames.clean(answer)).contains("Joost");
    }

    @Test
    void keepsNamesAsTheTeacherWritesThem() {
        assertThat(PupilNames.clean("Anne-Fleur van Dam")).contains("Anne-Fleur van Dam");
        assertThat(PupilNames.clean("groep 5")).contains("groep 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "123", "Hij is druk, pikt de uitleg niet op", "een heel lange zin van veel woorden"})
    void refusesWhatIsNoName(String answer) {
        assertThat(PupilNames.clean(answer)).as(answer).isEmpty();
    }

    private static boolean looksEnglish(String note) {
        return note.matches(".*\\b(has|did|is very|He|Today)\\b.*") && !note.contains("heeft");
    }
}
