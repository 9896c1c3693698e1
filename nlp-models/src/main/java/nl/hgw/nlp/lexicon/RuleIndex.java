package nl.hgw.nlp.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nl.hgw.nlp.analysis.Token;

/**
 * Finds the rules that can match a clause without trying them all: a rule is indexed under the
 * words one of its terms needs ({@link TokenPattern#anchors()}), and a clause gets the rules
 * whose words it contains (as written, as lemma, or as part of a hyphenated compound), plus the
 * rules that cannot be indexed. Rules come back in their file order, which decides priority.
 */
public final class RuleIndex<T> {

    private final List<T> rules;

    private final Map<String, BitSet> byWord = new HashMap<>();

    private final BitSet always = new BitSet();

    public RuleIndex(List<T> rules, Function<T, TokenPattern> pattern) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < this.rules.size(); i++) {
            TokenPattern p = pattern.apply(this.rules.get(i));
            Set<String> anchors = p == null ? null : p.anchors();
            if (anchors == null) {
                this.always.set(i);
                continue;
            }
            for (String word : anchors) {
                this.byWord.computeIfAbsent(word, w -> new BitSet()).set(i);
            }
        }
    }

    public List<T> candidates(List<Token> clause) {
        BitSet hits = (BitSet) this.always.clone();
        for (Token t : clause) {
            add(hits, t.lower());
            for (String lemma : t.lemmas()) {
                add(hits, lemma);
            }
            if (t.lower().indexOf('-') > 0) {
                for (String part : t.lower().split("-")) {
                    add(hits, part);
                }
            }
        }
        List<T> out = new ArrayList<>(hits.cardinality());
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            out.add(this.rules.get(i));
        }
        return out;
    }

    private void add(BitSet hits, String word) {
        BitSet found = this.byWord.get(word);
        if (found != null) {
            hits.or(found);
        }
    }

}
