package nl.hgw.nlp.kinds;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What kind of need one stored need is: enough to tell whether two pupils need the same thing.
 *
 * @param category the need's category id ({@link nl.hgw.nlp.Category#id()})
 * @param rule the engine's rule id when it names a kind of need (a deficit rule), else empty
 * @param phrase the need without the pupil, the frame ("heeft … nodig") and the goal, as written:
 * "korte instructie met een plaatje"
 * @param words the key words of the phrase: the lemmas of its content words, sorted
 */
public record NeedKey(String category, String rule, String phrase, Set<String> words) {

    public NeedKey {
        Objects.requireNonNull(category, "category");
        rule = rule == null ? "" : rule;
        phrase = phrase == null ? "" : phrase;
        words = Collections.unmodifiableSet(new TreeSet<>(words == null ? Set.of() : words));
    }

    /** Whether the engine's rule id says which kind of need this is. */
    public boolean hasRule() {
        return !this.rule.isEmpty();
    }

}
