package nl.hgw.nlp.reformulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.lexicon.RuleFileException;
import nl.hgw.nlp.lexicon.SchoolLexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's own wording changes the engine's output as its examples say, and an entry that does
 * not do what it says (or breaks a built-in example) stops the load, naming file and line.
 */
class SchoolWordingTest {

    /** The example folder the README's worked example uses. */
    static final Path EXAMPLE = Path.of("..", "docs", "school-lexicon-example");

    private static final String GOAL = "vijf minuten aan zijn taak werken";

    private static Reformulator builtIn;

    private static Reformulator school;

    @BeforeAll
    static void load() {
        builtIn = Reformulator.load();
        school = Reformulator.load(SchoolLexicon.read(EXAMPLE));
    }

    @Test
    void theExampleFolderFlagsTheSchoolsOwnLabel() {
        String note = "Lotte is een OPP-leerling.";
        assertThat(builtIn.reformulate(note, GOAL, "Lotte", Language.DUTCH).labels()).as(note).isEmpty();

        Reformulation out = school.reformulate(note, GOAL, "Lotte", Language.DUTCH);
        assertThat(out.labels()).as(note).singleElement().satisfies(label -> {
            assertThat(label.label()).isEqualTo("OPP-leerling");
            assertThat(label.question()).startsWith("Je noemt 'OPP-leerling'. Wat zie en hoor je Lotte doen");
        });
        assertThat(out.needs()).as(note).isEmpty();
    }

    @Test
    void theExampleFolderWritesTheSchoolsOwnNeed() {
        String note = "Daan zit de hele les te wiebelen.";
        assertThat(builtIn.reformulate(note, GOAL, "Daan", Language.DUTCH).needs()).as(note)
            .extracting(Reformulation.Need::rule).containsOnly("druk");

        Reformulation out = school.reformulate(note, GOAL, "Daan", Language.DUTCH);
        assertThat(out.needs()).as(note).extracting(Reformulation.Need::rule).containsOnly("zit-te-wiebelen");
        assertThat(out.needs()).as(note).extracting(Reformulation.Need::text).containsExactly("Daan heeft een eigen "
                + "statafel achter in de klas en na elke taak een kort beweegmoment nodig om vijf minuten aan zijn taak "
                + "te werken.", "Daan heeft een leerkracht nodig die de beweegmomenten vooraf aankondigt, om vijf minuten "
                + "aan zijn taak te werken.");
        assertThat(out.needs().get(0).source()).isEqualTo("Daan zit de hele les te wiebelen");
    }

    @Test
    void theExampleFolderHasEnglishToo() {
        String note = "Lotte is an EAL pupil.";
        assertThat(builtIn.reformulate(note, "", "Lotte", Language.ENGLISH).labels()).as(note).isEmpty();
        assertThat(school.reformulate(note, "", "Lotte", Language.ENGLISH).labels()).as(note)
            .extracting(Reformulation.LabelFinding::label).containsExactly("EAL");
    }

    @Test
    void everyExampleStillHoldsWithTheSchoolsFilesLoaded() {
        RuleExamples examples = new RuleExamples(school);
        for (Language language : Language.values()) {
            assertThat(examples.failures(language, e -> true)).as(language.code()).isEmpty();
            assertThat(school.lexicon(language).examples()).as(language.code())
                .hasSizeGreaterThan(builtIn.lexicon(language).examples().size());
        }
    }

    @Nested
    class StopsTheLoadAndNamesFileAndLine {

        @TempDir
        Path dir;

        @Test
        void whenAnExampleDoesNotDoWhatItSays() throws IOException {
            Path file = write("nl/deficits.txt", """
                    [deficit potlood-slijpen]
                    category = tasks_environment
                    when = potlood slijpen
                    need = alle spullen vooraf klaar op tafel
                    example = Hij gaat steeds zijn potlood slijpen.
                    example = Hij loopt steeds naar de prullenbak.
                    """);
            assertThatThrownBy(this::load).isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith(file + ":6: example \"Hij loopt steeds naar de prullenbak.\" does not fire "
                        + "deficit 'potlood-slijpen'; found ")
                .hasMessageNotContaining("\n");
        }

        @Test
        void whenACounterFires() throws IOException {
            Path file = write("nl/labels.txt", """
                    [label opp]
                    when = opp|gevoelig
                    example = Lotte heeft een OPP.
                    counter = Lotte is gevoelig voor complimenten.
                    """);
            assertThatThrownBy(this::load).hasMessage(file + ":4: counter \"Lotte is gevoelig voor complimenten.\" "
                    + "raises a label; found label 'gevoelig'");
        }

        @Test
        void whenAMoreGeneralBuiltInRuleGetsThereFirst() throws IOException {
            // "druk" is a built-in tasks_environment rule that matches the same word; it is read first
            Path file = write("nl/deficits.txt", """
                    [deficit onrustig]
                    category = tasks_environment
                    when = onrustig
                    need = een vaste plek bij het raam
                    example = Sem is onrustig.
                    """);
            assertThatThrownBy(this::load).hasMessageStartingWith(file + ":5: example \"Sem is onrustig.\" does not "
                    + "fire deficit 'onrustig'; found deficit 'druk' (nl/deficits.txt:");
        }

        @Test
        void whenAnEntryHasAnUnknownCategory() throws IOException {
            Path file = write("nl/deficits.txt", """
                    [deficit zit-te-wiebelen]
                    when = zitten wiebelen
                    category = gedrag
                    need = een statafel
                    example = Daan zit te wiebelen.
                    """);
            assertThatThrownBy(this::load).hasMessage(file + ":3: unknown category 'gedrag' (use instruction, "
                    + "tasks_environment, feedback, teacher, peers or parents)");
        }

        @Test
        void whenAnEntryRepeatsABuiltInId() throws IOException {
            Path file = write("nl/labels.txt", "[label ADHD]\nwhen = adhd\nexample = Hij heeft ADHD.\n");
            assertThatThrownBy(this::load).hasMessageStartingWith(file + ":1: duplicate id 'ADHD' for kind label: "
                    + "nl/labels.txt:7 has it already");
        }

        @Test
        void whenAnEntryBreaksABuiltInExample() throws IOException {
            // the built-in ADHD label has the counter "Joost is een energieke jongen." (nl/labels.txt)
            write("nl/labels.txt", """
                    [label energiek]
                    when = energiek|energieke
                    example = Joost is energiek.
                    """);
            assertThatThrownBy(this::load).hasMessageContaining("nl/labels.txt:11: counter \"Joost is een energieke "
                    + "jongen.\" raises a label; found label 'energiek'")
                .hasMessageContaining("(a built-in example that holds without the school's files)");
        }

        private Reformulator load() {
            return Reformulator.load(SchoolLexicon.read(this.dir));
        }

        private Path write(String name, String text) throws IOException {
            Path file = this.dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        }

    }

}
