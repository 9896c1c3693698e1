package nl.hgw.nlp.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rule files of a language. The format, line by line:
 *
 * <pre>
 * # a comment
 * [deficit instructie-niet-oppikken]      a block: kind and id
 * category = instruction                  a key and its value; keys may repeat
 * when     = oppikken|snappen instructie|uitleg @neg
 * </pre>
 *
 * Unknown kinds and keys, a key outside a block, a duplicate id or an empty value are errors
 * that name the file and the line: a broken school lexicon stops the start, it is not half-read.
 */
public final class RuleFileReader {

    private static final Pattern HEADER = Pattern.compile("\\[([a-z]+)\\s+([^\\]\\s]+)]");

    private static final Pattern KEY_VALUE = Pattern.compile("([a-z]+)\\s*=\\s*(.*)");

    /** The keys each kind of block accepts. */
    static final Map<String, Set<String>> KEYS = Map.of(
            "set", Set.of("words"),
            "role", Set.of("when", "example"),
            "label", Set.of("when", "unless", "name", "question", "example", "counter"),
            "deficit", Set.of("when", "unless", "role", "category", "need", "question", "example", "counter"),
            "strength", Set.of("when", "unless", "span", "text", "example", "counter"),
            "needs", Set.of("when", "unless", "take", "frame", "example", "counter"),
            "fallback", Set.of("need", "own"),
            "template", Set.of("text"),
            "heading", Set.of("field", "starts", "example", "counter"),
            "kinds", Set.of("subject", "frame", "purpose", "ignore", "example", "counter"));

    private RuleFileReader() {
    }

    public static List<RuleBlock> read(Reader source, String file) {
        List<RuleBlock> blocks = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        try (BufferedReader in = new BufferedReader(source)) {
            String kind = null;
            String id = null;
            int blockLine = 0;
            Map<String, List<String>> values = null;
            Map<String, List<Integer>> lines = null;
            String raw;
            int lineNo = 0;
            while ((raw = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && raw.startsWith("\uFEFF")) {
                    raw = raw.substring(1); // the byte order mark some editors write
                }
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String where = file + ":" + lineNo;
                Matcher header = HEADER.matcher(line);
                if (header.matches()) {
                    if (kind != null) {
                        blocks.add(new RuleBlock(kind, id, freeze(values), file, blockLine, freeze(lines)));
                    }
                    kind = header.group(1);
                    id = header.group(2);
                    if (!KEYS.containsKey(kind)) {
                        throw new RuleFileException(where, "unknown kind '" + kind + "' (known: " + KEYS.keySet() + ")");
                    }
                    if (!ids.add(kind + " " + id)) {
                        throw new RuleFileException(where, "duplicate id '" + id + "' for kind " + kind);
                    }
                    values = new LinkedHashMap<>();
                    lines = new LinkedHashMap<>();
                    blockLine = lineNo;
                    continue;
                }
                Matcher kv = KEY_VALUE.matcher(line);
                if (!kv.matches()) {
                    throw new RuleFileException(where, "expected '[kind id]' or 'key = value', found: " + line);
                }
                if (kind == null) {
                    throw new RuleFileException(where, "'" + kv.group(1) + "' stands before any [kind id] header");
                }
                String key = kv.group(1);
                String value = kv.group(2).strip();
                if (!KEYS.get(kind).contains(key)) {
                    throw new RuleFileException(where,
                            "unknown key '" + key + "' in a " + kind + " block (allowed: " + KEYS.get(kind) + ")");
                }
                if (value.isEmpty()) {
                    throw new RuleFileException(where, "empty value for '" + key + "'");
                }
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(lineNo);
            }
            if (kind != null) {
                blocks.add(new RuleBlock(kind, id, freeze(values), file, blockLine, freeze(lines)));
            }
        }
        catch (IOException ex) {
            throw new RuleFileException(file, "cannot be read: " + ex.getMessage());
        }
        return List.copyOf(blocks);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> values) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

}
