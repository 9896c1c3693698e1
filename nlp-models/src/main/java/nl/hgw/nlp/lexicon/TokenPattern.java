package nl.hgw.nlp.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import nl.hgw.nlp.analysis.Token;

/**
 * The {@code when} of a rule: terms that must all occur in a clause, in any order (Dutch word order
 * moves them about), and terms after {@code !} that must not occur. A term lists alternatives
 * separated by {@code |}; an alternative is
 * <ul>
 * <li>a word, matched against the lemmas and the lower-case form: {@code oppikken} matches "pikt …
 * op" and "opgepikt";</li>
 * <li>{@code *end} or {@code begin*}: a compound that ends or begins so ({@code *achterstand}
 * matches "rekenachterstand");</li>
 * <li>{@code te_laat}: words that follow each other;</li>
 * <li>{@code @name}: every alternative of a shared {@code [set name]}.</li>
 * </ul>
 */
public final class TokenPattern {

    private final List<Term> required;

    private final List<Term> excluded;

    private final String source;

    private final java.util.Set<String> setsUsed;

    private TokenPattern(List<Term> required, List<Term> excluded, String source,
            java.util.Set<String> setsUsed) {
        this.required = required;
        this.excluded = excluded;
        this.source = source;
        this.setsUsed = setsUsed;
    }

    /**
     * Words of which at least one must be in a clause for the pattern to match: the plain words
     * of its most selective required term (sequences by their first word). Null when every term
     * has a compound wildcard, so that only trying the pattern tells.
     */
    public java.util.Set<String> anchors() {
        java.util.Set<String> best = null;
        for (Term term : this.required) {
            if (!term.wildcards().isEmpty()) {
                continue;
            }
            java.util.Set<String> words = new java.util.HashSet<>(term.words());
            term.sequences().forEach(seq -> words.add(seq.get(0)));
            if (best == null || words.size() < best.size()) {
                best = words;
            }
        }
        return best;
    }

    /**
     * For a pattern of one term (a word list): how many tokens it matches starting at {@code i},
     * 0 when none. Exclusions are not looked at: see {@link #excludedIn}.
     */
    public int lengthAt(List<Token> tokens, int i) {
        Term term = this.required.get(0);
        if (term.matchesOne(tokens.get(i))) {
            return 1;
        }
        int end = term.sequences().isEmpty() ? -1 : term.sequenceAt(tokens, i);
        return end > 0 ? end - i : 0;
    }

    /** True when one of the pattern's "must not occur" terms occurs in the tokens. */
    public boolean excludedIn(List<Token> tokens) {
        for (Term term : this.excluded) {
            if (term.find(tokens) != null) {
                return true;
            }
        }
        return false;
    }

    /** How many terms must occur. */
    public int termCount() {
        return this.required.size();
    }

    /** True when the pattern refers to the named set ({@code @negation}). */
    public boolean uses(String setName) {
        return this.setsUsed.contains(setName);
    }

    /**
     * @param when the pattern as written
     * @param sets the shared word sets by name
     * @param where file and line, for the message when the pattern is wrong
     */
    public static TokenPattern compile(String when, Map<String, List<String>> sets, String where) {
        List<Term> required = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        java.util.Set<String> setsUsed = new java.util.HashSet<>();
        // "a | b" is read as "a|b": spaces around a bar do not separate terms
        for (String term : when.trim().replaceAll("\\s*\\|\\s*", "|").split("\\s+")) {
            boolean negative = term.startsWith("!");
            String body = negative ? term.substring(1) : term;
            List<List<String>> alternatives = new ArrayList<>();
            for (String alt : body.split("\\|")) {
                if (alt.isEmpty()) {
                    throw new RuleFileException(where, "empty alternative in '" + term + "'");
                }
                if (alt.startsWith("@")) {
                    List<String> set = sets.get(alt.substring(1));
                    if (set == null) {
                        throw new RuleFileException(where, "unknown set '" + alt + "' (define it with [set "
                                + alt.substring(1) + "])");
                    }
                    set.forEach(w -> alternatives.add(sequence(w)));
                    setsUsed.add(alt.substring(1));
                }
                else {
                    alternatives.add(sequence(alt));
                }
            }
            if (alternatives.isEmpty()) {
                throw new RuleFileException(where, "a term without words: '" + term + "'");
            }
            (negative ? excluded : required).add(Term.of(alternatives));
        }
        if (required.isEmpty()) {
            throw new RuleFileException(where, "a pattern needs at least one term that must occur: " + when);
        }
        return new TokenPattern(List.copyOf(required), List.copyOf(excluded), when, java.util.Set.copyOf(setsUsed));
    }

    private static List<String> sequence(String alt) {
        return List.of(alt.toLowerCase(Locale.ROOT).split("_"));
    }

    /** The indices of the tokens that matched, or empty when the clause does not match. */
    public Optional<TreeSet<Integer>> match(List<Token> tokens) {
        TreeSet<Integer> matched = new TreeSet<>();
        for (Term term : this.required) {
            int[] found = term.find(tokens);
            if (found == null) {
                return Optional.empty();
            }
            for (int i = found[0]; i < found[1]; i++) {
                matched.add(i);
            }
        }
        for (Term term : this.excluded) {
            if (term.find(tokens) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(matched);
    }

    /** True when the pattern matches somewhere in the tokens. */
    public boolean occursIn(List<Token> tokens) {
        return match(tokens).isPresent();
    }

    /**
     * For a word set ({@code @name}): true when this one token is one of its words. Cheaper than
     * {@link #occursIn} on a one-token list; sequences are not considered.
     */
    public boolean matches(Token token) {
        return this.required.size() == 1 && this.excluded.isEmpty() && this.required.get(0).matchesOne(token);
    }

    /** For a word set: true when the written form (not a lemma) is one of its plain words. */
    public boolean containsForm(String lowerCaseForm) {
        return this.required.size() == 1 && this.required.get(0).words().contains(lowerCaseForm);
    }

    /** True when a word on its own, outside any sentence, matches (for words in phrasings and names). */
    public boolean matchesLoneWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return occursIn(List.of(new Token(word, 0, word.length(), java.util.Set.of(lower), java.util.Set.of())));
    }

    /**
     * One term, compiled for speed: plain words in a hash set, compounds ({@code *end},
     * {@code begin*}) and sequences ({@code te_laat}) in short lists.
     */
    private record Term(java.util.Set<String> words, List<String> wildcards, List<List<String>> sequences,
            java.util.Map<String, List<List<String>>> sequencesByFirstWord, List<List<String>> wildSequences) {

        static Term of(List<List<String>> alternatives) {
            java.util.Set<String> words = new java.util.HashSet<>();
            List<String> wildcards = new ArrayList<>();
            List<List<String>> sequences = new ArrayList<>();
            java.util.Map<String, List<List<String>>> byFirst = new java.util.HashMap<>();
            List<List<String>> wildSequences = new ArrayList<>();
            for (List<String> alt : alternatives) {
                if (alt.size() > 1) {
                    sequences.add(alt);
                    if (isWildcard(alt.get(0))) {
                        wildSequences.add(alt);
                    }
                    else {
                        byFirst.computeIfAbsent(alt.get(0), w -> new ArrayList<>()).add(alt);
                    }
                }
                else if (isWildcard(alt.get(0))) {
                    wildcards.add(alt.get(0));
                }
                else {
                    words.add(alt.get(0));
                }
            }
            return new Term(java.util.Set.copyOf(words), List.copyOf(wildcards), List.copyOf(sequences),
                    java.util.Map.copyOf(byFirst), List.copyOf(wildSequences));
        }

        private static boolean isWildcard(String word) {
            return word.length() > 1 && (word.startsWith("*") || word.endsWith("*"));
        }

        /** [first, end) of the first place the term occurs, or null. */
        int[] find(List<Token> tokens) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (matchesOne(t)) {
                    return new int[] { i, i + 1 };
                }
                if (!this.sequences.isEmpty()) {
                    int end = sequenceAt(tokens, i);
                    if (end > 0) {
                        return new int[] { i, end };
                    }
                }
            }
            return null;
        }

        /** The end of a sequence alternative starting at i, or -1; only sequences whose first word fits are tried. */
        private int sequenceAt(List<Token> tokens, int i) {
            Token t = tokens.get(i);
            int end = sequencesFrom(this.sequencesByFirstWord.get(t.lower()), tokens, i);
            if (end > 0) {
                return end;
            }
            for (String lemma : t.lemmas()) {
                end = sequencesFrom(this.sequencesByFirstWord.get(lemma), tokens, i);
                if (end > 0) {
                    return end;
                }
            }
            return sequencesFrom(this.wildSequences, tokens, i);
        }

        private static int sequencesFrom(List<List<String>> candidates, List<Token> tokens, int i) {
            if (candidates == null) {
                return -1;
            }
            for (List<String> seq : candidates) {
                if (i + seq.size() <= tokens.size() && matchesAt(seq, tokens, i)) {
                    return i + seq.size();
                }
            }
            return -1;
        }

        private boolean matchesOne(Token t) {
            if (this.words.contains(t.lower())) {
                return true;
            }
            for (String lemma : t.lemmas()) {
                if (this.words.contains(lemma)) {
                    return true;
                }
            }
            for (String w : this.wildcards) {
                if (matchesWord(w, t)) {
                    return true;
                }
            }
            if (t.lower().indexOf('-') > 0) {
                for (String part : t.lower().split("-")) {
                    if (this.words.contains(part)) {
                        return true;
                    }
                }
            }
            return false;
        }

    }

    private static boolean matchesAt(List<String> seq, List<Token> tokens, int at) {
        for (int k = 0; k < seq.size(); k++) {
            if (!matchesWord(seq.get(k), tokens.get(at + k))) {
                return false;
            }
        }
        return true;
    }

    static boolean matchesWord(String word, Token token) {
        String lower = token.lower();
        if (word.length() > 1 && word.startsWith("*")) {
            String end = word.substring(1);
            if (lower.length() > end.length() && lower.endsWith(end)) {
                return true;
            }
            for (String l : token.lemmas()) {
                if (l.length() > end.length() && l.endsWith(end)) {
                    return true;
                }
            }
            return false;
        }
        if (word.length() > 1 && word.endsWith("*")) {
            String begin = word.substring(0, word.length() - 1);
            if (lower.length() > begin.length() && lower.startsWith(begin)) {
                return true;
            }
            for (String l : token.lemmas()) {
                if (l.length() > begin.length() && l.startsWith(begin)) {
                    return true;
                }
            }
            return false;
        }
        if (lower.equals(word) || token.lemmas().contains(word)) {
            return true;
        }
        // a hyphenated compound matches its parts: "TOS-indicatie", "NT2-leerling", "ADHD-diagnose"
        if (lower.indexOf('-') > 0 && word.indexOf('-') < 0) {
            for (String part : lower.split("-")) {
                if (part.equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return this.source;
    }

}
