package nl.hgw.bot.reformulate;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.reformulate.Reformulation;
import nl.hgw.nlp.reformulate.Reformulator;

/**
 * {@code java -jar hgw-bot.jar reformulate [--goal G] [--pupil P] [--locale nl|en] [--json] [--out F.docx] [FILE|-]}:
 * the reformulation of a note, read from a file or standard input, printed readably or as the
 * API's JSON. A .docx or .pdf, or any file with {@code --out}, is a report: reformulated paragraph
 * by paragraph, written as a .docx to {@code --out} (or printed). Starts no web server and no database.
 * The school's own wording is read from {@code --lexicon-dir} or {@code HGW_LEXICON_DIR}, and checked
 * as at the server's start: a broken entry is one line on stderr per problem, and exit code 1.
 */
public final class ReformulateCommand {

    static final String USAGE =
        "usage: reformulate [--goal G] [--pupil P] [--locale nl|en] [--json] [--out RESULT.docx] [--lexicon-dir DIR] "
            + "[FILE|-]";

    private ReformulateCommand() {
    }

    public static int run(String[] args) throws IOException {
        return run(args, System.getenv(), System.in, System.out, System.err);
    }

    static int run(String[] args, Map<String, String> environment, InputStream in, PrintStream out, PrintStream err)
            throws IOException {
        String lexiconDir = environment.getOrDefault(SchoolWording.ENV, "");
        String goal = "";
        String pupil = "";
        String locale = "nl";
        boolean json = false;
        String file = "-";
        String outFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--goal", "--pupil", "--locale", "--out", "--lexicon-dir" -> {
                    if (i + 1 >= args.length) {
                        err.println(args[i] + " needs a value. " + USAGE);
                        return 2;
                    }
                    String value = args[++i];
                    switch (args[i - 1]) {
                        case "--goal" -> goal = value;
                        case "--pupil" -> pupil = value;
                        case "--out" -> outFile = value;
                        case "--lexicon-dir" -> lexiconDir = value;
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
        byte[] bytes = file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
        String dir = lexiconDir;
        Supplier<Reformulator> engine = () -> SchoolWording.load(dir, message -> { });
        try {
            if (outFile != null || isDocument(bytes)) {
                return new ReportCommand(out, err).run(bytes, goal, pupil, language.get(), json,
                    outFile == null ? null : Path.of(outFile), engine);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                err.println(ApiError.TEXT_MISSING.message(locale));
                return 2;
            }
            print(engine.get().reformulate(text, goal, pupil, language.get()), language.get(), json, out);
            return 0;
        } catch (SchoolWordingException broken) {
            broken.getMessage().lines().forEach(line -> err.println("reformulate: " + line));
            return 1;
        }
    }

    private static void print(Reformulation result, Language language, boolean json, PrintStream out)
            throws IOException {
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        }
        else {
            new ReadableReformulation(language).print(result, out);
        }
    }

    /** A .docx (a zip) or a .pdf, by its first bytes. */
    private static boolean isDocument(byte[] bytes) {
        return bytes.length > 4 && (bytes[0] == 'P' && bytes[1] == 'K' || bytes[0] == '%' && bytes[1] == 'P'
            && bytes[2] == 'D' && bytes[3] == 'F');
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
