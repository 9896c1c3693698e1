package nl.hgw.dialogs.pupil;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.hgw.dialogs.Messages;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.kinds.NeedKinds;
import nl.hgw.nlp.reformulate.Reformulation;
import nl.hgw.nlp.reformulate.Reformulator;

/**
 * The language side of the conversation: the reformulation engine, plus what the dialogs
 * ask of it (is this a note, whose, is this goal vague). Thread-safe; build it once (it
 * loads the Dutch and English analysers, about half a second) and share it.
 */
public final class NoteEngine {

    /** The engine names what its classifier (not a rule) found {@code model:<category>}. */
    private static final String CLASSIFIER_RULE = "model:";

    private final Reformulator reformulator;

    private final Map<Language, TextAnalyzer> analyzers = new EnumMap<>(Language.class);

    private final Map<Language, VagueGoals> vagueGoals = new EnumMap<>(Language.class);

    private final PupilNames names = PupilNames.load();

    private final NeedKinds kinds;

    public NoteEngine(Reformulator reformulator) {
        this.reformulator = reformulator;
        analyzers.put(Language.DUTCH, Reformulator.dutchAnalyzer());
        analyzers.put(Language.ENGLISH, Reformulator.englishAnalyzer());
        for (Language language : Language.values()) {
            vagueGoals.put(language, VagueGoals.load(language.code(), text -> hasVerb(text, language)));
        }
        this.kinds = new NeedKinds(analyzers);
    }

    /** Which stored needs are one kind (the group overview), on this engine's analysers. */
    public NeedKinds needKinds() {
        return kinds;
    }

    /** The engine's language for the bot's: English or Dutch. */
    static Language language(Messages messages) {
        return messages.english() ? Language.ENGLISH : Language.DUTCH;
    }

    Reformulation reformulate(String text, String goal, String pupil, Messages messages) {
        return reformulator.reformulate(text, goal == null ? "" : goal, pupil == null ? "" : pupil, language(messages));
    }

    /**
     * Whether free text is a note about a pupil rather than a question to the bot: a rule of
     * the engine finds a label, deficit language or a strength in it, or it starts with a name
     * and is no question. (The engine's classifier alone places any sentence somewhere, so it
     * does not count here.)
     */
    boolean looksLikeNote(String text, Messages messages) {
        if (text == null || text.isBlank()) {
            return false;
        }
        // the cheap test first: a note that starts with a name needs no reformulation to be one
        if (pupilIn(text, messages).isPresent() && Words.of(text).size() >= 3 && !text.strip().endsWith("?")) {
            return true;
        }
        Reformulation reading = reformulate(text, "", "", messages);
        return !reading.labels().isEmpty() || !reading.strengths().isEmpty()
            || reading.deficits().stream().anyMatch(deficit -> !deficit.rule().startsWith(CLASSIFIER_RULE));
    }

    /** The pupil a note is about, when its first words name one. */
    Optional<String> pupilIn(String text, Messages messages) {
        Language language = language(messages);
        List<Sentence> sentences = analyzers.get(language).analyze(text == null ? "" : text);
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        return names.find(sentences.get(0).tokens(), language == Language.DUTCH);
    }

    boolean isVagueGoal(String goal, String pupil, Messages messages) {
        return vagueGoals.get(language(messages)).isVague(goal, pupil == null ? "" : pupil);
    }

    /** The labels (diagnoses, identities) in a text the teacher wrote, e.g. an edited need. */
    List<String> labelsIn(String text, String pupil, Messages messages) {
        return reformulate(text, "", pupil, messages).labels().stream().map(Reformulation.LabelFinding::label)
            .distinct().toList();
    }

    VagueGoals vagueGoals(Language language) {
        return vagueGoals.get(language);
    }

    PupilNames names() {
        return names;
    }

    private boolean hasVerb(String text, Language language) {
        TextAnalyzer analyzer = analyzers.get(language);
        for (Sentence sentence : analyzer.analyze(text)) {
            for (Token token : sentence.tokens()) {
                if (analyzer.morphology().isFiniteVerb(token) || analyzer.morphology().isInfinitive(token)
                        || token.tags().contains("VERB")) {
                    return true;
                }
            }
        }
        return false;
    }
}
