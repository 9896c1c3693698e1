package nl.hgw.nlp.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.hgw.nlp.Language;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout of a school's folder: what is read, what is left alone, and what stops the start. */
class SchoolLexiconTest {

    @TempDir
    Path dir;

    private static final String LABEL = """
            [label opp]
            when = opp
            example = Lotte heeft een OPP.
            """;

    @Test
    void readsTheFilesOfEachLanguageAndCountsTheirEntries() throws IOException {
        write("nl/labels.txt", LABEL);
        write("nl/deficits.txt", """
                [set wiebel]
                words = wiebelen | friemelen

                [deficit zit-te-wiebelen]
                category = tasks_environment
                when = zitten @wiebel
                need = een statafel
                example = Daan zit te wiebelen.
                """);
        write("en/labels.txt", "[label hsp]\nexample = She is an HSP.\n");

        SchoolLexicon school = SchoolLexicon.read(this.dir);

        assertThat(school.languages()).containsExactly(Language.DUTCH, Language.ENGLISH);
        assertThat(school.entries()).isEqualTo(4);
        assertThat(school.summary()).isEqualTo("nl: 1 deficit, 1 label, 1 set; en: 1 label");
        assertThat(school.readers().get(Language.DUTCH)).extracting(Lexicon.NamedReader::name)
            .containsExactlyInAnyOrder(path("nl/labels.txt"), path("nl/deficits.txt"));
        assertThat(school.defines(path("nl/labels.txt") + ":3")).isTrue();
        assertThat(school.defines("nl/labels.txt:3")).isFalse();
    }

    @Test
    void leavesReadmeAndHiddenFilesAlone() throws IOException {
        write("README.md", "# our wording");
        write(".DS_Store", "\0\0");
        write("nl/.labels.txt.swp", "\0");
        write("nl/README.txt", "notes");
        write("nl/labels.txt", "\uFEFF" + LABEL); // Notepad's byte order mark

        assertThat(SchoolLexicon.read(this.dir).summary()).isEqualTo("nl: 1 label");
    }

    @Test
    void anEmptyFolderAddsNothing() {
        SchoolLexicon school = SchoolLexicon.read(this.dir);
        assertThat(school.entries()).isZero();
        assertThat(school.summary()).isEqualTo("no entries");
        assertThat(school.readers()).isEmpty();
    }

    @Nested
    class StopsAndNames {

        @Test
        void aMissingFolder() {
            Path missing = SchoolLexiconTest.this.dir.resolve("nergens");
            assertThatThrownBy(() -> SchoolLexicon.read(missing)).isInstanceOf(RuleFileException.class)
                .hasMessage(missing + ": the folder does not exist");
        }

        @Test
        void aFileGivenAsTheFolder() throws IOException {
            Path file = write("labels.txt", LABEL);
            assertThatThrownBy(() -> SchoolLexicon.read(file)).hasMessageStartingWith(file + ": is a file");
        }

        @Test
        void anUnknownLanguage() throws IOException {
            write("de/labels.txt", LABEL);
            assertThatThrownBy(this::read).hasMessage(path("de") + ": unknown language folder 'de' (use nl or en)");
        }

        @Test
        void aFileOutsideALanguageFolder() throws IOException {
            write("deficits.txt", LABEL);
            assertThatThrownBy(this::read).hasMessage(path("deficits.txt")
                    + ": a school file stands in a language folder, e.g. " + path("nl/deficits.txt"));
        }

        @Test
        void anUnknownFileName() throws IOException {
            write("nl/label.txt", LABEL);
            assertThatThrownBy(this::read).hasMessage(path("nl/label.txt")
                    + ": unknown file (a language folder holds vocabulary.txt, labels.txt, strengths.txt, deficits.txt)");
        }

        @Test
        void anEntryInTheWrongFile() throws IOException {
            write("nl/deficits.txt", "# our labels\n" + LABEL);
            assertThatThrownBy(this::read).hasMessage(path("nl/deficits.txt")
                    + ":2: a [label …] entry belongs in labels.txt; deficits.txt takes [deficit …] and [set …]");
        }

        @Test
        void anEntryOnlyTheBuiltInFilesMayHave() throws IOException {
            write("nl/vocabulary.txt", "[template need_sentence]\ntext = {naam} moet\n");
            assertThatThrownBy(this::read).hasMessage(path("nl/vocabulary.txt")
                    + ":1: [template …] entries are built-in only; vocabulary.txt takes [needs …] and [set …]");
        }

        @Test
        void anEntryWithoutAnExample() throws IOException {
            write("nl/labels.txt", "\n\n[label opp]\nwhen = opp\n");
            assertThatThrownBy(this::read).hasMessageStartingWith(path("nl/labels.txt") + ":3: a school entry needs "
                    + "at least one 'example = …'");
        }

        @Test
        void aSyntaxError() throws IOException {
            write("nl/labels.txt", LABEL + "vraag = Wat zie je?\n");
            assertThatThrownBy(this::read).hasMessageStartingWith(path("nl/labels.txt") + ":4: unknown key 'vraag'");
        }

        @Test
        void aFileThatIsNotUtf8() throws IOException {
            Path file = SchoolLexiconTest.this.dir.resolve("nl/labels.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, "[label café]\nexample = Hij is café.\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThatThrownBy(this::read).hasMessage(file + ": is not UTF-8 text; save it as UTF-8");
        }

        private SchoolLexicon read() {
            return SchoolLexicon.read(SchoolLexiconTest.this.dir);
        }

    }

    private Path write(String name, String text) throws IOException {
        Path file = this.dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private String path(String name) {
        return this.dir.resolve(name).toString();
    }

}
