package nl.hgw.nlp.reformulate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.analysis.DutchMorphology;
import nl.hgw.nlp.analysis.EnglishMorphology;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.Role;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.RuleExample;
import nl.hgw.nlp.lexicon.RuleFileException;
import nl.hgw.nlp.lexicon.SchoolLexicon;

/**
 * The reformulation engine: a teacher's note in deficit language in, labels, deficits, strengths
 * and education needs tied to the goal out. Dutch and English; no network, the same answer every
 * time. Thread-safe: load it once and share it.
 */
public final class Reformulator {

    /** The classifier places a clause only when it is at least this sure. */
    static final double CLASSIFIER_THRESHOLD = 0.55;

    static final String MODELS = "/nl/hgw/nlp/models/";

    private final Map<Language, LanguageReformulator> languages;

    private Reformulator(Map<Language, LanguageReformulator> languages) {
        this.languages = languages;
    }

    /** The engine with the built-in rules of both languages. */
    public static Reformulator load() {
        return load(Map.of());
    }

    /**
     * The engine with the built-in rules plus extra rule files per language (a school's own
     * wording); a broken file throws a {@link nl.hgw.nlp.lexicon.RuleFileException} naming it.
     */
    public static Reformulator load(Map<Language, List<Lexicon.NamedReader>> extra) {
        Map<Language, LanguageReformulator> languages = new EnumMap<>(Language.class);
        TextAnalyzer dutch = dutchAnalyzer();
        Lexicon nl = Lexicon.load(Language.DUTCH, extra.getOrDefault(Language.DUTCH, List.of()));
        languages.put(Language.DUTCH, new LanguageReformulator(dutch, nl, new DutchPurposeClause(dutch, nl),
                DoccatClassifier.fromClasspath(MODELS + "nl-doccat.bin", CLASSIFIER_THRESHOLD)));
        TextAnalyzer english = englishAnalyzer();
        Lexicon en = Lexicon.load(Language.ENGLISH, extra.getOrDefault(Language.ENGLISH, List.of()));
        languages.put(Language.ENGLISH, new LanguageReformulator(english, en, new EnglishPurposeClause(english),
                DoccatClassifier.fromClasspath(MODELS + "en-doccat.bin", CLASSIFIER_THRESHOLD)));
        return new Reformulator(languages);
    }

    /**
     * The engine with a school's own files, checked the way the build checks the built-in ones
     * ({@link RuleExamples}): every example of the school's entries must hold, and so must every
     * built-in example of the languages it adds to, for a school entry adds and may not break.
     *
     * @throws RuleFileException with one line per problem, each naming the file and line
     */
    public static Reformulator load(SchoolLexicon school) {
        Reformulator engine = load(school.readers());
        RuleExamples examples = new RuleExamples(engine);
        List<String> own = new ArrayList<>();
        List<String> builtIn = new ArrayList<>();
        for (Language language : school.languages()) {
            for (RuleExample example : engine.lexicon(language).examples()) {
                examples.problem(language, example).ifPresent(problem -> {
                    if (school.defines(example.where())) {
                        own.add(example.where() + ": " + problem);
                    }
                    else {
                        builtIn.add(example.where() + ": " + problem
                                + " (a built-in example that holds without the school's files)");
                    }
                });
            }
        }
        own.addAll(builtIn);
        if (!own.isEmpty()) {
            throw new RuleFileException(String.join("\n", own));
        }
        return engine;
    }

    /** Sentence detection and tokenisation trained by our build, Dutch lemmas from LanguageTool's dictionary. */
    public static TextAnalyzer dutchAnalyzer() {
        return TextAnalyzer.fromClasspath(MODELS + "nl-sent.bin", MODELS + "nl-token.bin", new DutchMorphology());
    }

    /** Apache OpenNLP's UD English models (Maven artifacts). */
    public static TextAnalyzer englishAnalyzer() {
        return TextAnalyzer.fromClasspath("/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin",
                "/opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin", new EnglishMorphology());
    }

    /**
     * @param text the note, in the teacher's own words
     * @param goal the goal the needs serve; may be empty (the answer then asks for it)
     * @param pupil the pupil's name as the teacher writes it, a group ("groep 5"), or empty
     */
    public Reformulation reformulate(String text, String goal, String pupil, Language language) {
        return this.languages.get(language).reformulate(text == null ? "" : text, goal, pupil);
    }

    /** The rules in force for a language (for tests and the start-up check of a school's files). */
    public Lexicon lexicon(Language language) {
        return this.languages.get(language).lexicon();
    }

    /** Whom a text's first clause is about, by the role rules (for the examples of [role] entries). */
    Role roleOf(String text, Language language) {
        return this.languages.get(language).roleOf(text);
    }

}
