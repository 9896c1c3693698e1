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

    private int run(String[] args, String stdin) throws Exception {
        return ReformulateCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(this.out, true, StandardCharsets.UTF_8), new PrintStream(this.err, true, StandardCharsets.UTF_8));
    }
}
