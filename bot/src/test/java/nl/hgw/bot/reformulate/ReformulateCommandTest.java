package nl.hgw.bot.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReformulateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheSameJsonAsTheApiFromAFile(@TempDir Path dir) throws Exception {
        Path note = Files.writeString(dir.resolve("note.txt"), "Kim is een drukke meid die nooit stil kan zitten.");
        int code = run(new String[] {"--goal", "vijf minuten stil aan haar taak werken", "--pupil", "Kim", "--json",
            note.toString()}, "");
        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(this.out.toString(StandardCharsets.UTF_8));
        assertThat(json.path("needs")).isNotEmpty();
        assertThat(json.path("needs").get(0).path("text").asText())
            .startsWith("Kim heeft").endsWith("om vijf minuten stil aan haar taak te werken.");
    }

    @Test
    void printsReadablyFromStandardInput() throws Exception {
        int code = run(new String[] {"--locale", "en", "--pupil", "Mia"}, "Mia is anxious and has no friends in class.");
        assertThat(code).isZero();
        assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("== Education needs").contains("Mia needs");
    }

    @Test
    void refusesAnEmptyTextAndAnUnknownLocale() throws Exception {
        assertThat(run(new String[] {}, "  ")).isEqualTo(2);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("De tekst ontbreekt");
        assertThat(run(new String[] {"--locale", "de"}, "Kim is druk.")).isEqualTo(2);
        assertThat(run(new String[] {"--goal"}, "Kim is druk.")).isEqualTo(2);
    }

    /** The school's own wording: from HGW_LEXICON_DIR or --lexicon-dir, checked before it is used. */
    @Nested
    class WithASchoolsOwnWording {

        private static final String WIEBELT = "Daan zit de hele les te wiebelen.";

        private static final Map<String, String> EXAMPLE = Map.of(SchoolWording.ENV, SchoolWordingStartTest.EXAMPLE.toString());

        @Test
        void withoutItTheBuiltInRulesAnswer() throws Exception {
            assertThat(run(new String[] {"--json", "--pupil", "Daan"}, WIEBELT)).isZero();
            assertThat(rules()).containsOnly("druk");
        }

        @Test
        void theEnvironmentVariableBringsTheSchoolsNeed() throws Exception {
            assertThat(run(new String[] {"--json", "--pupil", "Daan"}, EXAMPLE, WIEBELT)).isZero();
            assertThat(rules()).containsOnly("zit-te-wiebelen");
            assertThat(ReformulateCommandTest.this.err.toString(StandardCharsets.UTF_8)).isEmpty();
        }

        @Test
        void theOptionDoesTooForANoteInAFile(@TempDir Path dir) throws Exception {
            Path note = Files.writeString(dir.resolve("note.txt"), "Lotte is een OPP-leerling.");
            assertThat(run(new String[] {"--lexicon-dir", SchoolWordingStartTest.EXAMPLE.toString(), note.toString()},
                "")).isZero();
            assertThat(ReformulateCommandTest.this.out.toString(StandardCharsets.UTF_8))
                .contains("== Labels (benoemd, niet overgenomen)\n- OPP-leerling: Je noemt 'OPP-leerling'.");
        }

        @Test
        void aBrokenEntryIsOneLineNamingFileAndLineAndExitCode1(@TempDir Path dir) throws Exception {
            Path file = SchoolWordingStartTest.brokenLexicon(dir.resolve("lexicon"));
            Path note = Files.writeString(dir.resolve("note.txt"), WIEBELT);
            Map<String, String> environment = Map.of(SchoolWording.ENV, dir.resolve("lexicon").toString());
            assertThat(run(new String[] {"--json", note.toString()}, environment, "")).isEqualTo(1);
            assertThat(ReformulateCommandTest.this.err.toString(StandardCharsets.UTF_8)).isEqualTo("reformulate: "
                + file + ":3: unknown category 'gedrag' (use instruction, tasks_environment, feedback, teacher, peers "
                + "or parents)" + System.lineSeparator());
            assertThat(ReformulateCommandTest.this.out.toString(StandardCharsets.UTF_8)).isEmpty();
        }

        @Test
        void aBrokenEntryStopsAReportToo(@TempDir Path dir) throws Exception {
            Path file = SchoolWordingStartTest.brokenLexicon(dir.resolve("lexicon"));
            Path report = Files.writeString(dir.resolve("verslag.txt"), WIEBELT);
            Path result = dir.resolve("resultaat.docx");
            assertThat(run(new String[] {"--lexicon-dir", dir.resolve("lexicon").toString(), "--out", result.toString(),
                report.toString()}, "")).isEqualTo(1);
            assertThat(ReformulateCommandTest.this.err.toString(StandardCharsets.UTF_8))
                .startsWith("reformulate: " + file + ":3: unknown category 'gedrag'");
            assertThat(result).doesNotExist();
        }

        @Test
        void aMissingFolderIsNamed(@TempDir Path dir) throws Exception {
            Path missing = dir.resolve("lexicon");
            assertThat(run(new String[] {"--lexicon-dir", missing.toString()}, WIEBELT)).isEqualTo(1);
            assertThat(ReformulateCommandTest.this.err.toString(StandardCharsets.UTF_8))
                .isEqualTo("reformulate: " + missing + ": the folder does not exist" + System.lineSeparator());
        }

        private List<String> rules() throws Exception {
            JsonNode json = new ObjectMapper().readTree(ReformulateCommandTest.this.out.toString(StandardCharsets.UTF_8));
            List<String> rules = new ArrayList<>();
            json.path("needs").forEach(need -> rules.add(need.path("rule").asText()));
            return rules;
        }
    }

    private int run(String[] args, String stdin) throws Exception {
        return run(args, Map.of(), stdin);
    }

    private int run(String[] args, Map<String, String> environment, String stdin) throws Exception {
        return ReformulateCommand.run(args, environment, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(this.out, true, StandardCharsets.UTF_8), new PrintStream(this.err, true, StandardCharsets.UTF_8));
    }
}
