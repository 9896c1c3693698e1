package nl.hgw.nlp.lexicon;

import java.util.List;
import java.util.Map;

/**
 * One entry of a rule file as written: its kind and id from the header line, its keys (a key may
 * repeat), and where it stands, for messages.
 */
public record RuleBlock(String kind, String id, Map<String, List<String>> values, String file, int line) {

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

}
