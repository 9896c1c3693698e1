package nl.hgw.nlp.lexicon;

import java.util.List;
import java.util.Map;

/**
 * One entry of a rule file as written: its kind and id from the header line, its keys (a key may
 * repeat), and where it stands, for messages: the header's line, and the line of every value.
 */
public record RuleBlock(String kind, String id, Map<String, List<String>> values, String file, int line,
        Map<String, List<Integer>> lines) {

    /** A block whose values carry no lines of their own (messages then name the header's line). */
    public RuleBlock(String kind, String id, Map<String, List<String>> values, String file, int line) {
        this(kind, id, values, file, line, Map.of());
    }

    public List<String> all(String key) {
        return this.values.getOrDefault(key, List.of());
    }

    public String one(String key, String fallback) {
        List<String> found = all(key);
        return found.isEmpty() ? fallback : found.get(0);
    }

    public String where() {
        return this.file + ":" + this.line;
    }

    /** Where the {@code index}-th value of {@code key} stands ("nl/labels.txt:12"). */
    public String where(String key, int index) {
        List<Integer> at = this.lines.getOrDefault(key, List.of());
        return index < at.size() ? this.file + ":" + at.get(index) : where();
    }

}
