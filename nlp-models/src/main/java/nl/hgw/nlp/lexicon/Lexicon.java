package nl.hgw.nlp.lexicon;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.Role;

/**
 * Everything the rules of one language know, read from its rule files: word sets, roles, labels,
 * strengths, already-needs cues, deficits with their need phrasings, fall-back phrasings per
 * category for sentences the classifier places, and the sentence templates.
 */
public final class Lexicon {

    /** The built-in files of a language, in the order they are read. */
    public static final List<String> FILES = List.of("vocabulary.txt", "labels.txt", "strengths.txt",
            "deficits.txt");

    private final Language language;

    private final Map<String, TokenPattern> sets = new HashMap<>();

    private final List<CueRule> roles = new ArrayList<>();

    private final List<CueRule> needsCues = new ArrayList<>();

    private final List<LabelRule> labels = new ArrayList<>();

    private final List<StrengthRule> strengths = new ArrayList<>();

    private final List<DeficitRule> deficits = new ArrayList<>();

    private final Map<Category, List<DeficitRule.Phrasing>> fallbacks = new EnumMap<>(Category.class);

    /** Per category, the fall-backs for a fragment about the teacher themself ("own" in a fallback block). */
    private final Map<Category, List<DeficitRule.Phrasing>> ownFallbacks = new EnumMap<>(Category.class);

    private final Map<String, String> templates = new HashMap<>();

    private final List<RuleExample> examples = new ArrayList<>();

    private Lexicon(Language language, List<RuleBlock> blocks) {
        this.language = language;
        Map<String, String> seen = new HashMap<>();
        for (RuleBlock block : blocks) {
            String before = seen.putIfAbsent(block.kind() + " " + block.id(), block.where());
            if (before != null) {
                throw new RuleFileException(block.where(), "duplicate id '" + block.id() + "' for kind "
                        + block.kind() + ": " + before + " has it already (an entry adds a rule, it does not replace one)");
            }
        }
        Map<String, List<String>> words = new LinkedHashMap<>();
        Map<String, String> setWhere = new HashMap<>();
        for (RuleBlock block : blocks) {
            if (block.kind().equals("set")) {
                setWhere.put(block.id(), block.where());
                List<String> list = new ArrayList<>();
                for (String line : block.all("words")) {
                    for (String w : line.split("\\|")) {
                        if (!w.isBlank()) {
                            list.add(w.strip());
                        }
                    }
                }
                words.put(block.id(), List.copyOf(list));
            }
        }
        for (Map.Entry<String, List<String>> set : words.entrySet()) {
            this.sets.put(set.getKey(),
                    TokenPattern.compile("@" + set.getKey(), words, setWhere.get(set.getKey())));
        }
        for (RuleBlock block : blocks) {
            add(block, words);
        }
        for (Category c : Category.values()) {
            this.fallbacks.putIfAbsent(c, List.of());
        }
    }

    /** The built-in rules of a language. */
    public static Lexicon builtIn(Language language) {
        return load(language, List.of());
    }

    /**
     * The built-in rules plus a school's own files (same format), read after the built-in ones so
     * that their entries can use the built-in sets.
     */
    public static Lexicon load(Language language, List<NamedReader> extra) {
        List<RuleBlock> blocks = new ArrayList<>();
        for (String file : FILES) {
            String resource = "/nl/hgw/nlp/lexicon/" + language.code() + "/" + file;
            InputStream in = Lexicon.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("Missing rule file on the class path: " + resource);
            }
            blocks.addAll(RuleFileReader.read(new InputStreamReader(in, StandardCharsets.UTF_8),
                    language.code() + "/" + file));
        }
        for (NamedReader reader : extra) {
            blocks.addAll(RuleFileReader.read(reader.reader(), reader.name()));
        }
        return new Lexicon(language, blocks);
    }

    /** A rule file from elsewhere, with the name used in messages. */
    public record NamedReader(String name, Reader reader) {
    }

    private void add(RuleBlock b, Map<String, List<String>> words) {
        String where = b.where();
        switch (b.kind()) {
            case "set" -> {
            }
            case "role" -> {
                Role role = Role.fromId(b.id())
                    .orElseThrow(() -> new RuleFileException(where, "unknown role '" + b.id() + "'"));
                this.roles.add(new CueRule(b.id(), role, pattern(b, words), where));
            }
            case "needs" -> this.needsCues.add(new CueRule(b.id(), null, pattern(b, words), where,
                    take(b.one("take", "after"), where), frame(b.one("frame", CueRule.AS_IT_STANDS), where)));
            case "label" -> this.labels.add(new LabelRule(b.id(), b.one("name", b.id()), pattern(b, words),
                    b.one("question", null), where));
            case "strength" -> this.strengths.add(new StrengthRule(b.id(), b.one("text", b.id()), pattern(b, words),
                    where, "clause".equals(b.one("span", "word"))));
            case "deficit" -> this.deficits.add(deficit(b, words));
            case "fallback" -> {
                Category c = category(b.id(), where);
                this.fallbacks.put(c, b.all("need").stream().map(n -> new DeficitRule.Phrasing(c, n)).toList());
                this.ownFallbacks.put(c, b.all("own").stream().map(n -> new DeficitRule.Phrasing(c, n)).toList());
            }
            case "template" -> this.templates.put(b.id(), b.one("text", ""));
            default -> throw new RuleFileException(where, "unknown kind " + b.kind());
        }
        List<String> examples = b.all("example");
        for (int i = 0; i < examples.size(); i++) {
            this.examples.add(new RuleExample(b.kind(), b.id(), examples.get(i), true, b.where("example", i)));
        }
        List<String> counters = b.all("counter");
        for (int i = 0; i < counters.size(); i++) {
            this.examples.add(new RuleExample(b.kind(), b.id(), counters.get(i), false, b.where("counter", i)));
        }
    }

    private static String frame(String frame, String where) {
        if (!frame.contains(CueRule.AS_IT_STANDS)) {
            throw new RuleFileException(where, "a frame must contain " + CueRule.AS_IT_STANDS + ": '" + frame + "'");
        }
        return frame;
    }

    private static boolean take(String take, String where) {
        return switch (take) {
            case "before" -> true;
            case "after" -> false;
            default -> throw new RuleFileException(where, "take is 'before' or 'after', not '" + take + "'");
        };
    }

    /** The block's "when", default its id, with every "unless" term added as one that must not occur. */
    private static TokenPattern pattern(RuleBlock b, Map<String, List<String>> words) {
        String when = b.one("when", b.id().replace('-', '_'));
        for (String unless : b.all("unless")) {
            when = when + " !" + unless.strip().replaceAll("\\s*\\|\\s*", "|").replace(" ", " !");
        }
        return TokenPattern.compile(when, words, b.where(b.all("when").isEmpty() ? "unless" : "when", 0));
    }

    private static Category category(String id, String where) {
        return Category.fromId(id).orElseThrow(() -> new RuleFileException(where, "unknown category '" + id
                + "' (use instruction, tasks_environment, feedback, teacher, peers or parents)"));
    }

    private static DeficitRule deficit(RuleBlock b, Map<String, List<String>> words) {
        String where = b.where();
        if (b.all("category").isEmpty()) {
            throw new RuleFileException(where, "a deficit needs 'category = …' (instruction, tasks_environment, "
                    + "feedback, teacher, peers or parents)");
        }
        if (b.all("when").isEmpty()) {
            throw new RuleFileException(where, "a deficit needs 'when = …': the words that make it fire");
        }
        Category category = category(b.one("category", ""), b.where("category", 0));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : b.one("role", "pupil group").split("\\s+")) {
            roles.add(Role.fromId(r).orElseThrow(() -> new RuleFileException(b.where("role", 0), "unknown role '" + r
                    + "' (use pupil, group, parents or teacher)")));
        }
        if (b.all("need").isEmpty()) {
            throw new RuleFileException(where, "a deficit needs at least one 'need = …' phrasing");
        }
        if (b.all("example").isEmpty()) {
            throw new RuleFileException(where, "a deficit needs at least one example sentence");
        }
        String when = b.one("when", "");
        for (String unless : b.all("unless")) {
            when = when + " !" + unless.replace(" ", " !");
        }
        List<DeficitRule.Phrasing> needs = new ArrayList<>();
        List<String> written = b.all("need");
        for (int i = 0; i < written.size(); i++) {
            needs.add(phrasing(written.get(i), category, b.where("need", i)));
        }
        return new DeficitRule(b.id(), category, Set.copyOf(roles), TokenPattern.compile(when, words, b.where("when", 0)),
                List.copyOf(needs), List.copyOf(b.all("question")), where);
    }

    /** "peers: een maatje …" is a phrasing in another category than the rule's own. */
    private static DeficitRule.Phrasing phrasing(String need, Category fallback, String where) {
        int colon = need.indexOf(':');
        if (colon > 0 && need.substring(0, colon).matches("[a-z_]+")) {
            return new DeficitRule.Phrasing(category(need.substring(0, colon), where), need.substring(colon + 1).strip());
        }
        return new DeficitRule.Phrasing(fallback, need);
    }

    public Language language() {
        return this.language;
    }

    /** A shared word set, as one pattern that matches any of its words. */
    public TokenPattern set(String name) {
        TokenPattern set = this.sets.get(name);
        if (set == null) {
            throw new IllegalStateException("The " + this.language.code() + " vocabulary has no [set " + name + "]");
        }
        return set;
    }

    public List<CueRule> roles() {
        return java.util.Collections.unmodifiableList(this.roles);
    }

    /**
     * Whom a word names when it is a role word of the vocabulary ("ouders", "juf", "groep"),
     * matched on its written form; null for any other word.
     */
    public Role roleWord(String lowerCaseForm) {
        for (CueRule rule : this.roles) {
            if (rule.pattern().containsForm(lowerCaseForm)) {
                return rule.role();
            }
        }
        return null;
    }

    public List<CueRule> needsCues() {
        return java.util.Collections.unmodifiableList(this.needsCues);
    }

    public List<LabelRule> labels() {
        return java.util.Collections.unmodifiableList(this.labels);
    }

    public List<StrengthRule> strengths() {
        return java.util.Collections.unmodifiableList(this.strengths);
    }

    public List<DeficitRule> deficits() {
        return java.util.Collections.unmodifiableList(this.deficits);
    }

    public List<DeficitRule.Phrasing> fallbackNeeds(Category category) {
        return this.fallbacks.get(category);
    }

    /**
     * The classifier's phrasings for a fragment in which the teacher writes about themself ("ik
     * weet niet wat ik moet doen"): what the teacher needs, not what a pupil needs of a teacher.
     * The block's {@code need} lines when it has no {@code own} lines.
     */
    public List<DeficitRule.Phrasing> ownFallbackNeeds(Category category) {
        List<DeficitRule.Phrasing> own = this.ownFallbacks.getOrDefault(category, List.of());
        return own.isEmpty() ? fallbackNeeds(category) : own;
    }

    /** A sentence template by name; the vocabulary file must define every one the engine uses. */
    public String template(String name) {
        String t = this.templates.get(name);
        if (t == null) {
            throw new IllegalStateException("The " + this.language.code() + " vocabulary has no [template " + name
                    + "]");
        }
        return t;
    }

    public List<RuleExample> examples() {
        return java.util.Collections.unmodifiableList(this.examples);
    }

}
