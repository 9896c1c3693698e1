package nl.hgw.dialogs.report;

import java.util.Locale;
import nl.hgw.dialogs.Messages;

/** Yes and no as people type them, in both languages (the words are in the message bundle). */
final class Answers {

    private Answers() {
    }

    static boolean isYes(String answer, Messages messages) {
        return matches(answer, messages, "report.answer.yes");
    }

    static boolean isNo(String answer, Messages messages) {
        return matches(answer, messages, "report.answer.no");
    }

    private static boolean matches(String answer, Messages messages, String key) {
        String lower = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT).replaceAll("[!.\\s]+$", "");
        return messages.list(key).contains(lower);
    }
}
