package nl.hgw.nlp.kinds;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.lexicon.RuleBlock;
import nl.hgw.nlp.lexicon.RuleFileException;
import nl.hgw.nlp.lexicon.RuleFileReader;

/**
 * The words of one language that frame a need sentence, from {@code kinds.<lang>.txt} beside
 * this class: the verb after the subject ("heeft"), the frame's own word ("nodig"), the words that
 * start the goal clause ("om", "zodat"), and the words that say nothing about the kind of need.
 * The file's examples are pairs of needs of one kind, its counters pairs of different kinds.
 */
record KindWords(Pattern subject, Pattern frame, Pattern purpose, Set<String> ignore, RuleBlock block) {

    static KindWords load(Language language) {
        String file = "kinds." + language.code() + ".txt";
        InputStream in = KindWords.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("missing " + file);
        }
        List<RuleBlock> blocks = RuleFileReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), file);
        if (blocks.size() != 1 || !blocks.get(0).kind().equals("kinds")) {
            throw new RuleFileException(file, "expected exactly one [kinds " + language.code() + "] block");
        }
        RuleBlock block = blocks.get(0);
        Set<String> ignore = new HashSet<>();
        for (String line : block.all("ignore")) {
            for (String word : line.split("\\|")) {
                if (!word.isBlank()) {
                    ignore.add(word.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new KindWords(words(block, "subject", true), words(block, "frame", false), words(block, "purpose", true),
                Set.copyOf(ignore), block);
    }

    /**
     * "heeft | hebben" as a pattern of whole words, longest alternative first, optionally after a
     * comma. A key that is not required may be left out: its pattern then matches nothing.
     */
    private static Pattern words(RuleBlock block, String key, boolean required) {
        List<String> alternatives = new ArrayList<>();
        for (String line : block.all(key)) {
            for (String word : line.split("\\|")) {
                if (!word.isBlank()) {
                    alternatives.add(Pattern.quote(word.strip().toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
                }
            }
        }
        if (alternatives.isEmpty() && !required) {
            return Pattern.compile("(?!)");
        }
        if (alternatives.isEmpty()) {
            throw new RuleFileException(block.where(), "the kinds block needs '" + key + "'");
        }
        alternatives.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return Pattern.compile("(?iu)(?:,\\s*)?(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives)
                + ")(?![\\p{L}\\p{N}])");
    }

}
