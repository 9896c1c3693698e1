package nl.hgw.bot.reformulate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.report.ReportProblems;
import nl.hgw.documents.DocumentException;
import nl.hgw.documents.DocumentLimits;
import nl.hgw.documents.DocumentReader;
import nl.hgw.documents.ReportDocx;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.reformulate.Reformulator;
import nl.hgw.nlp.report.ReportReformulation;
import nl.hgw.nlp.report.ReportReformulator;

/**
 * The report side of {@code reformulate}: a .docx, .pdf or text file in, paragraph by paragraph,
 * out as the .docx the chat offers ({@code --out}), as JSON ({@code --json}) or as counts and
 * needs on the terminal. A file that cannot be read gets the chat's message and exit code 2.
 */
final class ReportCommand {

    private final PrintStream out;

    private final PrintStream err;

    ReportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(byte[] bytes, String goal, String pupil, Language language, boolean json, Path outFile,
            Supplier<Reformulator> engine) throws IOException {
        Messages messages = Messages.forLocale(language.code());
        long started = System.nanoTime();
        DocumentReader.Read read;
        try {
            read = new DocumentReader(DocumentLimits.defaults()).read(bytes);
        } catch (DocumentException problem) {
            err.println(ReportProblems.message(problem, messages));
            return 2;
        }
        ReportReformulation report = new ReportReformulator(engine.get())
            .reformulate(read.paragraphs(), goal, pupil, language);
        if (outFile != null) {
            Files.write(outFile, new ReportDocx(messages::text).write(report, LocalDate.now(ZoneId.of("Europe/Amsterdam"))));
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            return 0;
        }
        ReportReformulation.Summary s = report.summary();
        out.printf("%s: %d, %s: %d, %s: %d, %s: %d, %s: %d, %s: %d%n",
            messages.text("report.card.paragraphs"), s.paragraphs(), messages.text("report.card.labels"), s.labels(),
            messages.text("report.card.deficits"), s.deficits(), messages.text("report.card.needs"), s.needs(),
            messages.text("report.card.strengths"), s.strengths(), messages.text("report.card.questions"),
            s.questions());
        if (outFile == null) {
            report.needs().forEach((category, needs) -> needs.forEach(need ->
                out.println("[" + messages.text("category." + category) + "] " + need.text())));
        } else {
            out.println(messages.text("report.cli.written", Map.of("file", outFile.toString(),
                "seconds", String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - started) / 1e9))));
        }
        return 0;
    }
}
