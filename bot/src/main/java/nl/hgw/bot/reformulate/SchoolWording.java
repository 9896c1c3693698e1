package nl.hgw.bot.reformulate;

import java.nio.file.Path;
import java.util.function.Consumer;

import nl.hgw.nlp.lexicon.RuleFileException;
import nl.hgw.nlp.lexicon.SchoolLexicon;
import nl.hgw.nlp.reformulate.Reformulator;

/**
 * The engine with a school's own wording, for the server and the command line alike: the built-in
 * rules plus the files in {@code HGW_LEXICON_DIR} ({@code hgw.lexicon-dir}), whose layout, syntax and
 * examples are checked before anything else is done with them.
 */
public final class SchoolWording {

    /** The environment variable the command line reads (the server binds it in application.yml). */
    public static final String ENV = "HGW_LEXICON_DIR";

    private SchoolWording() {
    }

    /**
     * @param dir  the school's folder; empty or null = the built-in rules only
     * @param info where to say what was loaded (counts only, no text from the files)
     * @throws SchoolWordingException naming the file, line and reason of every problem
     */
    public static Reformulator load(String dir, Consumer<String> info) {
        if (dir == null || dir.isBlank()) {
            return Reformulator.load();
        }
        try {
            SchoolLexicon school = SchoolLexicon.read(Path.of(dir.strip()));
            Reformulator engine = Reformulator.load(school);
            info.accept("School wording from " + school.dir().toAbsolutePath().normalize() + ": " + school.entries()
                + (school.entries() == 1 ? " entry" : " entries") + " (" + school.summary() + "); every example holds");
            return engine;
        } catch (RuleFileException problem) {
            throw new SchoolWordingException(dir.strip(), problem);
        }
    }
}
