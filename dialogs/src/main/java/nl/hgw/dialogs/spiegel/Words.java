package nl.hgw.dialogs.spiegel;

import java.util.Locale;
import nl.hgw.dialogs.Messages;

/** Typed answers compared with the comma-separated word lists of the messages. */
final class Words {

    private Words() {
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
            .replaceAll("^[\\s.!]+|[\\s.!]+$", "");
    }

    /** Whether the text is one of the words of a message ({@code spiegel.next.words} …). */
    static boolean isOneOf(String text, Messages messages, String key) {
        String normal = normalise(text);
        return !normal.isEmpty()
            && messages.list(key).stream().anyMatch(word -> word.toLowerCase(Locale.ROOT).equals(normal));
    }
}
