package nl.hgw.dialogs.pupil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word list kept as data beside the code: {@code key: value} lines (or a bare value),
 * {@code #} comments, blank lines ignored. A line with an unknown key fails loading with the
 * file and line number.
 */
final class RuleFile {

    /** The values of each key, in file order; bare lines are under the key {@code ""}. */
    private final Map<String, List<String>> values;

    private RuleFile(Map<String, List<String>> values) {
        this.values = values;
    }

    static RuleFile load(String resource, Set<String> keys) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Rule file " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int colon = text.indexOf(':');
                String key = colon < 0 ? "" : text.substring(0, colon).strip();
                if (colon >= 0 && !keys.contains(key)) {
                    throw new IllegalStateException(resource + ":" + number + ": unknown key '" + key + "'");
                }
                if (colon < 0 && !keys.contains("")) {
                    throw new IllegalStateException(resource + ":" + number + ": expected 'key: value'");
                }
                String value = colon < 0 ? text : text.substring(colon + 1).strip();
                if (value.isEmpty()) {
                    throw new IllegalStateException(resource + ":" + number + ": '" + key + "' has no value");
                }
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        values.replaceAll((key, list) -> List.copyOf(list));
        return new RuleFile(values);
    }

    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    String one(String key) {
        List<String> all = all(key);
        if (all.size() != 1) {
            throw new IllegalStateException("Expected one '" + key + "', found " + all.size());
        }
        return all.get(0);
    }
}
