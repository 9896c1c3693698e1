package nl.hgw.dialogs.pupil;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.hgw.nlp.analysis.Token;

/**
 * Finds the pupil a note is about ("Joost heeft ADHD, …" is about Joost) and cleans a typed
 * answer to "Over welke leerling gaat het?". The words that start a note without being a name
 * are data: {@code not-names.txt} beside this class, with examples its test runs.
 */
public final class PupilNames {

    /** How far into the first sentence the name may stand ("Vandaag was Fatima …"). */
    private static final int FIRST_WORDS = 4;

    private static final int MAX_NAME_WORDS = 4;

    private static final int MAX_NAME_LENGTH = 60;

    private static final Pattern ANSWER_PREFIX = Pattern.compile(
        "^(het gaat over|het is|dit gaat over|over|leerling|it is about|it's about|about|pupil|student)\\s+",
        Pattern.CASE_INSENSITIVE);

    private final Set<String> notNames;

    private final RuleFile file;

    private PupilNames(RuleFile file) {
        this.file = file;
        this.notNames = file.all("").stream().map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    static PupilNames load() {
        return new PupilNames(RuleFile.load("not-names.txt", Set.of("", "name", "none")));
    }

    /**
     * The name among the first words of the first sentence: capitalised, not all capitals
     * (a label), not in the list, and for Dutch a first name or a word the dictionary does
     * not know.
     */
    Optional<String> find(List<Token> firstSentence, boolean dutch) {
        for (Token token : firstSentence.subList(0, Math.min(FIRST_WORDS, firstSentence.size()))) {
            String text = token.text();
            if (text.length() < 2 || !Character.isUpperCase(text.codePointAt(0)) || text.equals(text.toUpperCase(Locale.ROOT))
                    || notNames.contains(text.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!dutch || token.tags().isEmpty() || token.tags().stream().anyMatch(tag -> tag.startsWith("ENM:PER"))) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** A typed name, without "het gaat over" and end punctuation; empty when it is no name. */
    public static Optional<String> clean(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        String name = ANSWER_PREFIX.matcher(answer.strip()).replaceFirst("").replaceAll("[.!?,;:]+$", "").strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.split("\\s+").length > MAX_NAME_WORDS
                || name.codePoints().noneMatch(Character::isLetter) || name.matches(".*[,;:!?].*")) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** The {@code name:}/{@code none:} examples of the file (for the test). */
    List<String> examples(String key) {
        return file.all(key);
    }
}
