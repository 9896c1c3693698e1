package nl.hgw.dialogs.pupil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lower-case words of a text, and whole-word phrase search in them. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private Words() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Whether the phrase's words occur in {@code words}, next to each other. */
    static boolean contains(List<String> words, String phrase) {
        List<String> wanted = of(phrase);
        return !wanted.isEmpty() && Collections.indexOfSubList(words, wanted) >= 0;
    }
}
