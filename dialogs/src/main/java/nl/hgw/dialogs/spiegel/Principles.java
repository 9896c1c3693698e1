package nl.hgw.dialogs.spiegel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The principles of HGW in one language, read from {@code principles.<language>.txt} beside
 * this class: one {@code [id]} block per principle, in the order the spiegel walks them,
 * with {@code key: value} lines (see the file's header). Adding or rewording a principle is
 * an edit of that file. A malformed file fails loading with the file and line.
 */
public final class Principles {

    private static final List<String> KEYS = List.of("name", "words", "explanation", "feed_up", "feed_up.example",
        "feed_back", "feed_back.example", "feed_forward", "feed_forward.example");

    private final List<Principle> all;

    private Principles(List<Principle> all) {
        this.all = List.copyOf(all);
    }

    /** The principles for this language ({@code principles.nl.txt}, {@code principles.en.txt}). */
    public static Principles load(Locale locale) {
        return load("principles." + locale.getLanguage() + ".txt");
    }

    static Principles load(String resource) {
        Map<String, Map<String, List<String>>> blocks = new LinkedHashMap<>();
        try (InputStream in = Principles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Principle file " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String>> block = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    String id = text.substring(1, text.length() - 1).strip();
                    if (id.isEmpty() || blocks.containsKey(id)) {
                        throw new IllegalStateException(resource + ":" + number + ": empty or repeated id '" + id + "'");
                    }
                    block = new LinkedHashMap<>();
                    blocks.put(id, block);
                    continue;
                }
                int colon = text.indexOf(':');
                String key = colon < 0 ? "" : text.substring(0, colon).strip();
                if (block == null || !KEYS.contains(key)) {
                    throw new IllegalStateException(resource + ":" + number + ": expected [id] or a known 'key: value'");
                }
                String value = text.substring(colon + 1).strip();
                if (value.isEmpty()) {
                    throw new IllegalStateException(resource + ":" + number + ": '" + key + "' has no value");
                }
                block.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        List<Principle> principles = new ArrayList<>();
        blocks.forEach((id, block) -> principles.add(principle(resource, id, block)));
        return new Principles(principles);
    }

    private static Principle principle(String resource, String id, Map<String, List<String>> block) {
        Map<Feed, Principle.Question> questions = new EnumMap<>(Feed.class);
        for (Feed feed : Feed.values()) {
            List<String> examples = block.getOrDefault(feed.id() + ".example", List.of());
            if (examples.isEmpty() || examples.size() > 2) {
                throw new IllegalStateException(resource + ": [" + id + "] needs one or two " + feed.id() + ".example");
            }
            questions.put(feed, new Principle.Question(one(resource, id, block, feed.id()), examples));
        }
        List<String> words = new ArrayList<>();
        for (String line : block.getOrDefault("words", List.of())) {
            for (String word : line.split(",")) {
                if (!word.isBlank()) {
                    words.add(word.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new Principle(id, one(resource, id, block, "name"), words, one(resource, id, block, "explanation"),
            questions);
    }

    private static String one(String resource, String id, Map<String, List<String>> block, String key) {
        List<String> values = block.getOrDefault(key, List.of());
        if (values.size() != 1) {
            throw new IllegalStateException(resource + ": [" + id + "] needs exactly one '" + key + "', has "
                + values.size());
        }
        return values.get(0);
    }

    /** Every principle, in the order of the file. */
    public List<Principle> all() {
        return all;
    }

    /** The principle with this id. */
    public Optional<Principle> byId(String id) {
        return all.stream().filter(principle -> principle.id().equals(id)).findFirst();
    }

    /** The number (1-based) of a principle in the order. */
    public int number(String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("No principle " + id);
    }

    /** A principle named by its number or one of its words, as typed. */
    public Optional<Principle> typed(String text) {
        String normal = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!\\s]+$", "")
            .replaceAll("\\s+", " ");
        if (normal.matches("\\d{1,2}")) {
            int number = Integer.parseInt(normal);
            return number >= 1 && number <= all.size() ? Optional.of(all.get(number - 1)) : Optional.empty();
        }
        return all.stream().filter(principle -> principle.words().contains(normal)
            || principle.name().toLowerCase(Locale.ROOT).equals(normal)).findFirst();
    }
}
