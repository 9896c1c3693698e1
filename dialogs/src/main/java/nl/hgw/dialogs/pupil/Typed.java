package nl.hgw.dialogs.pupil;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.hgw.dialogs.Messages;
import nl.hgw.nlp.Category;

/** Reading typed answers: "klaar", numbers, and the synonyms of categories and choices. */
final class Typed {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s.!]+|[\\s.!]+$");

    private Typed() {
    }

    static String normalise(String text) {
        return text == null ? "" : EDGE_PUNCTUATION.matcher(
            SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll("");
    }

    /** Whether the text is one of the comma-separated words of a message ({@code common.done.words} …). */
    static boolean isOneOf(String text, Messages messages, String key) {
        String normal = normalise(text);
        return messages.list(key).stream().anyMatch(word -> word.toLowerCase(Locale.ROOT).equals(normal));
    }

    /** A category named by its Dutch or English name or a synonym ({@code category.<id>.synonyms}). */
    static Optional<Category> category(String text, Messages messages) {
        String normal = normalise(text);
        for (Category category : Category.values()) {
            List<String> names = messages.list("category." + category.id() + ".synonyms");
            if (category.id().equals(normal) || names.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(normal))) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /** A number from 1 to {@code max}, or empty. */
    static Optional<Integer> number(String text, int max) {
        String normal = normalise(text);
        if (!normal.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(normal);
        return number >= 1 && number <= max ? Optional.of(number) : Optional.empty();
    }
}
