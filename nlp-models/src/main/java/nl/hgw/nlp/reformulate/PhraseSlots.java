package nl.hgw.nlp.reformulate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a phrasing's slots: {@code {naam}}, {@code {waar}} … A part in square brackets is kept only
 * when every slot in it has a value: {@code "toezicht[ {waar}]"} gives "toezicht in de pauze" or
 * "toezicht".
 */
final class PhraseSlots {

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\]]*)]");

    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PhraseSlots() {
    }

    static String fill(String phrase, Map<String, String> values) {
        if (phrase.indexOf('{') < 0 && phrase.indexOf('[') < 0) {
            return phrase;
        }
        Matcher optional = OPTIONAL.matcher(phrase);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            String inner = optional.group(1);
            Matcher slot = SLOT.matcher(inner);
            boolean complete = true;
            while (slot.find()) {
                String v = values.get(slot.group(1));
                complete &= v != null && !v.isBlank();
            }
            optional.appendReplacement(kept, Matcher.quoteReplacement(complete ? inner : ""));
        }
        optional.appendTail(kept);
        Matcher slot = SLOT.matcher(kept.toString());
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            String v = values.getOrDefault(slot.group(1), "");
            slot.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        slot.appendTail(out);
        return SPACES.matcher(out).replaceAll(" ").replace(" ,", ",").strip();
    }

}
