package nl.hgw.nlp.kinds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.RuleBlock;
import nl.hgw.nlp.reformulate.Reformulator;

/**
 * Which stored needs are the same kind of need, so that a teacher sees "these five pupils all need
 * short instruction with a picture". Two needs of one category are the same kind when the engine's
 * rule that wrote them is the same (its id is stored with the need), or, where a need has no rule
 * (the teacher's own words, the classifier's fall-back, a need stored before rule ids were kept),
 * when their key words mostly agree: the lemmas of the need's content words once the pupil, the
 * sentence frame and the goal clause are taken out, so "een korte instructie met plaatjes" and
 * "korte instructie met een plaatje" are one kind, whatever the pupil or the goal. Deterministic:
 * the same needs give the same groups in the same order. Thread-safe.
 */
public final class NeedKinds {

    /** Without one rule on both sides: the share of key words two needs must have in common. */
    static final double SAME_WORDS = 0.6;

    /** One rule on both sides, yet this different (the rule's second phrasing): another kind. */
    static final double SAME_RULE_APART = 0.34;

    /** Two different rules are one kind only when they wrote practically the same words. */
    static final double OTHER_RULE_WORDS = 0.8;

    /** The subject ("Joost", "De ouders van Joost") stands within this many words of the start. */
    private static final int SUBJECT_WORDS = 8;

    /** The goal clause must hold at least this share of the goal's own words. */
    private static final double GOAL_COVERED = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Map<Language, TextAnalyzer> analyzers;

    private final Map<Language, KindWords> words = new EnumMap<>(Language.class);

    /** @param analyzers the pipelines of both languages (share the engine's: they take a while to load) */
    public NeedKinds(Map<Language, TextAnalyzer> analyzers) {
        this.analyzers = new EnumMap<>(analyzers);
        for (Language language : Language.values()) {
            if (!this.analyzers.containsKey(language)) {
                throw new IllegalArgumentException("No analyzer for " + language);
            }
            this.words.put(language, KindWords.load(language));
        }
    }

    /** With analyzers of its own (tests, tools). */
    public static NeedKinds load() {
        return new NeedKinds(Map.of(Language.DUTCH, Reformulator.dutchAnalyzer(), Language.ENGLISH,
                Reformulator.englishAnalyzer()));
    }

    /** Whether an engine rule id names a kind of need: a deficit rule, not the classifier or stated-needs cue. */
    public static boolean namesAKind(String rule) {
        return rule != null && !rule.isBlank() && !rule.startsWith("model:") && !rule.startsWith("needs:")
                && !rule.endsWith("?");
    }

    /**
     * The kind of one need. Its language follows from its sentence frame ("heeft … nodig" is Dutch,
     * "needs" English); {@code otherwise} when the frame is not there (the teacher's own words).
     */
    public NeedKey key(NeedText need, Language otherwise) {
        Language language = languageOf(need.text(), otherwise);
        KindWords vocabulary = this.words.get(language);
        String phrase = phrase(need, vocabulary);
        return new NeedKey(need.category(), namesAKind(need.rule()) ? need.rule() : "", phrase,
                keyWords(phrase, need.pupil(), language));
    }

    /** Whether two needs are the same kind (see the class comment). */
    public boolean sameKind(NeedKey a, NeedKey b) {
        if (!a.category().equals(b.category())) {
            return false;
        }
        if (a.words().isEmpty() && b.words().isEmpty()) {
            return a.phrase().equalsIgnoreCase(b.phrase()) && (!a.hasRule() || a.rule().equals(b.rule()));
        }
        double shared = overlap(a.words(), b.words());
        if (a.hasRule() && b.hasRule()) {
            return a.rule().equals(b.rule()) ? shared >= SAME_RULE_APART : shared >= OTHER_RULE_WORDS;
        }
        return shared >= SAME_WORDS;
    }

    /**
     * The needs grouped by kind: each group lists the positions of its needs in {@code keys},
     * ascending; groups in the order of their first need. A need of no one else's kind is a group
     * of one. Needs join when they are the same kind as any need of the group.
     */
    public List<List<Integer>> group(List<NeedKey> keys) {
        int[] parent = new int[keys.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (sameKind(keys.get(i), keys.get(j))) {
                    int a = root(parent, i);
                    int b = root(parent, j);
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> out = new ArrayList<>();
        groups.values().forEach(group -> out.add(List.copyOf(group)));
        return Collections.unmodifiableList(out);
    }

    /** The examples of the language's kinds file (pairs "a | b" of one kind, counters of two). */
    RuleBlock rules(Language language) {
        return this.words.get(language).block();
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        return r;
    }

    /** |a ∩ b| / |a ∪ b|. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        int common = 0;
        for (String word : a) {
            if (b.contains(word)) {
                common++;
            }
        }
        return (double) common / union.size();
    }

    private Language languageOf(String text, Language otherwise) {
        for (Language language : Language.values()) {
            Matcher subject = this.words.get(language).subject().matcher(text);
            if (subject.find() && wordCount(text.substring(0, subject.start())) <= SUBJECT_WORDS) {
                return language;
            }
        }
        return otherwise;
    }

    /** The need without its subject, frame and goal clause, as written. */
    private static String phrase(NeedText need, KindWords vocabulary) {
        String text = need.text().strip().replaceAll("[.!\\s]+$", "");
        Matcher subject = vocabulary.subject().matcher(text);
        if (subject.find() && wordCount(text.substring(0, subject.start())) <= SUBJECT_WORDS) {
            text = text.substring(subject.end());
        } else if (!need.pupil().isBlank()) {
            text = text.replaceAll("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(need.pupil().strip())
                    + "(?![\\p{L}\\p{N}])", " ");
        }
        text = vocabulary.frame().matcher(text).replaceFirst("");
        text = withoutGoal(text, need.goal(), vocabulary);
        return tidy(text);
    }

    /**
     * Cuts the goal clause off: the last "om"/"zodat" ("to"/"so that") after which most of the
     * goal's own words follow. A need without a stored goal keeps all its words.
     */
    private static String withoutGoal(String text, String goal, KindWords vocabulary) {
        Set<String> goalWords = lowerWords(goal, vocabulary.ignore());
        if (goalWords.isEmpty()) {
            return text;
        }
        List<int[]> starts = new ArrayList<>();
        Matcher purpose = vocabulary.purpose().matcher(text);
        while (purpose.find()) {
            starts.add(new int[] { purpose.start(), purpose.end() });
        }
        for (int i = starts.size() - 1; i >= 0; i--) {
            Set<String> tail = lowerWords(text.substring(starts.get(i)[1]), Set.of());
            long covered = goalWords.stream().filter(tail::contains).count();
            if (covered >= GOAL_COVERED * goalWords.size()) {
                return text.substring(0, starts.get(i)[0]);
            }
        }
        return text;
    }

    private static String tidy(String text) {
        return text.replaceAll("\\s+", " ").replace(" ,", ",").replaceAll("^[\\s,;:]+|[\\s,;:]+$", "");
    }

    /** The lemmas of the phrase's content words: not the pupil, not the words of the ignore list. */
    private Set<String> keyWords(String phrase, String pupil, Language language) {
        Set<String> ignore = this.words.get(language).ignore();
        Set<String> name = lowerWords(pupil, Set.of());
        Set<String> out = new TreeSet<>();
        for (Sentence sentence : this.analyzers.get(language).analyze(phrase)) {
            for (Token token : sentence.tokens()) {
                if (token.isPunctuation() || name.contains(token.lower()) || ignore.contains(token.lower())) {
                    continue;
                }
                String lemma = lemma(token);
                if (!ignore.contains(lemma)) {
                    out.add(lemma);
                }
            }
        }
        return out;
    }

    /**
     * One lemma per token, the same for every form of the word: the shortest, then the first in
     * alphabetical order ("kort" of "korte", "stap" of "stappen", "apply" of "applies").
     */
    private static String lemma(Token token) {
        String best = token.lower();
        for (String lemma : token.lemmas()) {
            String lower = lemma.toLowerCase(Locale.ROOT);
            if (lower.length() < best.length() || (lower.length() == best.length() && lower.compareTo(best) < 0)) {
                best = lower;
            }
        }
        return best;
    }

    private static Set<String> lowerWords(String text, Set<String> ignore) {
        Set<String> out = new TreeSet<>();
        Matcher word = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            if (!ignore.contains(word.group())) {
                out.add(word.group());
            }
        }
        return out;
    }

    private static int wordCount(String text) {
        int count = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            count++;
        }
        return count;
    }

}
