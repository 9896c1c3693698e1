package nl.hgw.bot.reformulate;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.reformulate.Reformulation;
import nl.hgw.nlp.reformulate.Reformulator;

/**
 * {@code java -jar hgw-bot.jar reformulate [--goal G] [--pupil P] [--locale nl|en] [--json] [FILE|-]}:
 * the reformulation of a note or report, read from a file or standard input, printed readably or
 * as the API's JSON. Starts no web server and no database.
 */
public final class ReformulateCommand {

    static final String USAGE = "usage: reformulate [--goal G] [--pupil P] [--locale nl|en] [--json] [FILE|-]";

    private ReformulateCommand() {
    }

    public static int run(String[] args) throws IOException {
        return run(args, System.in, System.out, System.err);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        String goal = "";
        String pupil = "";
        String locale = "nl";
        boolean json = false;
        String file = "-";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--goal", "--pupil", "--locale" -> {
                    if (i + 1 >= args.length) {
                        err.println(args[i] + " needs a value. " + USAGE);
                        return 2;
                    }
                    String value = args[++i];
                    switch (args[i - 1]) {
                        case "--goal" -> goal = value;
                        case "--pupil" -> pupil = value;
                        default -> locale = value;
                    }
                }
                case "--json" -> json = true;
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        err.println("unknown option " + args[i] + ". " + USAGE);
                        return 2;
                    }
                    file = args[i];
                }
            }
        }
        var language = Language.fromLocale(locale);
        if (language.isEmpty()) {
            err.println(ApiError.LOCALE_UNKNOWN.message("en", locale));
            return 2;
        }
        String text = file.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
            : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            err.println(ApiError.TEXT_MISSING.message(locale));
            return 2;
        }
        Reformulation result = Reformulator.load().reformulate(text, goal, pupil, language.get());
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        }
        else {
            new ReadableReformulation(language.get()).print(result, out);
        }
        return 0;
    }

    /** The reformulation as a person reads it, headed in the user's language. */
    private record ReadableReformulation(Language language) {

        void print(Reformulation r, PrintStream out) {
            boolean nl = this.language == Language.DUTCH;
            section(out, nl ? "Onderwijsbehoeften" : "Education needs",
                r.needs().stream().map(n -> "[" + n.category() + "] " + n.text() + "\n    ← \"" + n.source() + "\"").toList());
            section(out, nl ? "Labels (benoemd, niet overgenomen)" : "Labels (named, not repeated)",
                r.labels().stream().map(l -> l.label() + ": " + l.question()).toList());
            section(out, nl ? "Sterke kanten" : "Strengths", r.strengths().stream().map(s -> s.text()).toList());
            section(out, nl ? "Vragen om te bespreken" : "Questions to discuss", r.questions());
            section(out, nl ? "Herschreven" : "Rewritten", List.of(r.rewrite()));
        }

        private static void section(PrintStream out, String title, List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            out.println("== " + title);
            lines.forEach(l -> out.println("- " + l));
            out.println();
        }
    }
}
