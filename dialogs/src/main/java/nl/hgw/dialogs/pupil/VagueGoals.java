package nl.hgw.dialogs.pupil;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a vague goal ("beter gedrag", "meer rust", "beter leren") from one you can see and
 * hear. The words are data: {@code vague-goals.<lang>.txt} beside this class says the rules
 * and carries the examples its test runs. The bot asks one follow-up question about a vague
 * goal, and accepts the second answer.
 */
final class VagueGoals {

    static final Set<String> KEYS = Set.of("min-words", "cue", "marker", "vague", "clear");

    private final int minWords;

    private final List<String> cues;

    private final List<String> markers;

    private final Predicate<String> hasVerb;

    private final RuleFile file;

    private VagueGoals(RuleFile file, Predicate<String> hasVerb) {
        this.file = file;
        this.minWords = Integer.parseInt(file.one("min-words"));
        this.cues = file.all("cue");
        this.markers = file.all("marker");
        this.hasVerb = hasVerb;
    }

    /**
     * @param language {@code nl} or {@code en}
     * @param hasVerb  whether a text has a finite verb or an infinitive (the language's tagger)
     */
    static VagueGoals load(String language, Predicate<String> hasVerb) {
        return new VagueGoals(RuleFile.load("vague-goals." + language + ".txt", KEYS), hasVerb);
    }

    /** Whether the goal is too vague to see and hear; the pupil's name does not count as a word. */
    boolean isVague(String goal, String pupil) {
        List<String> words = Words.of(goal);
        words.removeAll(Words.of(pupil));
        if (words.size() < minWords) {
            return true;
        }
        boolean marker = markers.stream().anyMatch(phrase -> Words.contains(words, phrase))
            || goal.chars().anyMatch(Character::isDigit);
        if (marker) {
            return false;
        }
        return !hasVerb.test(goal) || cues.stream().anyMatch(phrase -> Words.contains(words, phrase));
    }

    /** The examples of the file that must be vague (for the test). */
    List<String> vagueExamples() {
        return file.all("vague");
    }

    /** The examples of the file that must be clear (for the test). */
    List<String> clearExamples() {
        return file.all("clear");
    }
}
