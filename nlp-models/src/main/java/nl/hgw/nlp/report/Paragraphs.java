package nl.hgw.nlp.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a report's text into paragraphs the way a reader sees them. A blank line always ends a
 * paragraph. A line break ends one too when the line before ends a sentence (or a heading's
 * colon) and the next line starts like a new one (a capital, a digit, a bullet); otherwise the
 * lines are one paragraph that was wrapped, as in text taken from a PDF, and a word hyphenated
 * at the break ("zelf-\nstandig") is joined again.
 */
public final class Paragraphs {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;)\"”]$");

    private static final Pattern STARTS_NEW = Pattern.compile("^([\\p{Lu}\\d•\\-–*\"“(]).*");

    /** A short line without an end mark is a heading of its own ("Observatie 12 maart"). */
    private static final int HEADING_LENGTH = 60;

    private Paragraphs() {
    }

    public static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = "";
        for (String raw : LINE_BREAK.split(text == null ? "" : text, -1)) {
            String line = raw.strip().replace('\u00a0', ' ');
            if (line.isEmpty()) {
                flush(current, paragraphs);
                previous = "";
                continue;
            }
            if (current.length() > 0 && startsNewParagraph(previous, line)) {
                flush(current, paragraphs);
            }
            append(current, line);
            previous = line;
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static boolean startsNewParagraph(String previous, String line) {
        if (!STARTS_NEW.matcher(line).matches()) {
            return false;
        }
        return ENDS_SENTENCE.matcher(previous).matches() || previous.length() <= HEADING_LENGTH
                && !previous.endsWith(",") && !previous.endsWith("-");
    }

    private static void append(StringBuilder current, String line) {
        if (current.length() == 0) {
            current.append(line);
        } else if (current.charAt(current.length() - 1) == '-' && current.length() > 1
                && Character.isLowerCase(current.charAt(current.length() - 2))
                && Character.isLowerCase(line.charAt(0))) {
            current.setLength(current.length() - 1);
            current.append(line);
        } else {
            current.append(' ').append(line);
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = current.toString().replaceAll("\\s+", " ").strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }
}
