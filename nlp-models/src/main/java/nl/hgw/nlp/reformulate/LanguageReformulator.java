package nl.hgw.nlp.reformulate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.Role;
import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.CueRule;
import nl.hgw.nlp.lexicon.DeficitRule;
import nl.hgw.nlp.lexicon.LabelRule;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.RuleIndex;
import nl.hgw.nlp.lexicon.StrengthRule;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * The reformulation for one language. Per clause: labels are flagged, already-needs language is
 * left alone, strengths are kept, and deficit language matched by a rule (or, where no rule
 * matches, placed by the classifier) becomes a need tied to the goal.
 */
final class LanguageReformulator {

    /** At most this many rules fire on one clause, with different categories. */
    private static final int RULES_PER_CLAUSE = 2;

    /** How many words back a negation reaches ("is echt helemaal niet lui"). */
    private static final int NEGATION_REACH = 4;

    private final Language language;

    private final TextAnalyzer analyzer;

    private final Lexicon lexicon;

    private final ClauseSplitter splitter;

    private final RoleResolver roles;

    private final PurposeClause purposes;

    private final NeedWriter writer;

    private final PlaceFinder places;

    private final CategoryClassifier classifier;

    private final TokenPattern negation;

    private final TokenPattern coordinators;

    private final TokenPattern contrasts;

    private final TokenPattern lacking;

    private final TokenPattern relatives;

    private final TokenPattern copulas;

    private final TokenPattern signals;

    private final CategoryHints hints;

    private final RuleIndex<LabelRule> labels;

    private final RuleIndex<StrengthRule> strengths;

    private final RuleIndex<CueRule> needsCues;

    private final RuleIndex<DeficitRule> deficits;

    LanguageReformulator(TextAnalyzer analyzer, Lexicon lexicon, PurposeClause purposes,
            CategoryClassifier classifier) {
        this.language = lexicon.language();
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.splitter = new ClauseSplitter(lexicon, analyzer.morphology());
        this.roles = new RoleResolver(lexicon, analyzer.morphology());
        this.purposes = purposes;
        this.writer = new NeedWriter(lexicon);
        this.places = new PlaceFinder(lexicon);
        this.classifier = classifier;
        this.negation = lexicon.set("negation");
        this.coordinators = lexicon.set("coordinator");
        this.contrasts = lexicon.set("contrast");
        this.lacking = lexicon.set("lacking");
        this.relatives = lexicon.set("relative");
        this.copulas = lexicon.set("copula");
        this.signals = lexicon.set("deficit_signal");
        this.hints = new CategoryHints(lexicon);
        this.labels = new RuleIndex<>(lexicon.labels(), LabelRule::pattern);
        this.strengths = new RuleIndex<>(lexicon.strengths(), StrengthRule::pattern);
        this.needsCues = new RuleIndex<>(lexicon.needsCues(), CueRule::pattern);
        this.deficits = new RuleIndex<>(lexicon.deficits(), DeficitRule::pattern);
    }

    Lexicon lexicon() {
        return this.lexicon;
    }

    Reformulation reformulate(String text, String goal, String pupil) {
        List<Sentence> sentences = this.analyzer.analyze(text);
        Subject subject = Subject.of(pupil == null || pupil.isBlank() ? nameIn(sentences) : pupil, this.lexicon);
        Findings findings = new Findings(text, subject, this.purposes.of(goal));
        Role previous = Role.PUPIL;
        for (int s = 0; s < sentences.size(); s++) {
            if (s > 0 && startsALine(text, sentences.get(s - 1), sentences.get(s))) {
                previous = Role.PUPIL; // a new line of a note is about the pupil unless it says otherwise
            }
            Reading before = Reading.NEUTRAL;
            Clause characterisation = null;
            for (ClauseSplitter.Part part : this.splitter.split(sentences.get(s))) {
                List<Token> tokens = part.tokens();
                if (part.aside()) {
                    readAside(new Clause(tokens, previous, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), s),
                            findings);
                    continue;
                }
                Role role = this.roles.resolve(tokens, previous, subject.name());
                previous = role;
                Clause clause = new Clause(tokens, role, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), s);
                boolean joined = !this.contrasts.matches(tokens.get(0));
                Reading reading = read(clause, joined ? before : Reading.NEUTRAL, findings);
                if (reading == Reading.DEFICIT && joined && characterisation != null) {
                    // "Fenna is een dromer, ze is er met haar hoofd nooit bij": the first clause says the same
                    unsure(characterisation, this.classifier.place(characterisation.tokens()), findings);
                }
                characterisation = reading == Reading.NEUTRAL && characterises(tokens) ? clause : null;
                before = reading;
            }
        }
        if (goal == null || goal.codePoints().noneMatch(Character::isLetter)) {
            findings.question(this.lexicon.template("goal_question").replace("{naam}", subject.inSentence()));
        }
        return findings.result(this.language.code(), pupil == null ? "" : pupil, goal == null ? "" : goal.strip(),
                sentences, this.lexicon);
    }

    /** Labels in the clause, each named back with its question; true when there was one. */
    private boolean readLabels(Clause clause, Findings findings) {
        List<Token> tokens = clause.tokens();
        boolean found = false;
        for (LabelRule label : this.labels.candidates(tokens)) {
            Optional<TreeSet<Integer>> m = label.pattern().match(tokens);
            if (m.isPresent()) {
                String written = findings.text.substring(tokens.get(m.get().first()).start(),
                        tokens.get(m.get().last()).end());
                // named as the teacher wrote it when that is another form ("PDD-NOS", "dyslectisch")
                String name = written.toLowerCase(java.util.Locale.ROOT)
                    .contains(label.name().toLowerCase(java.util.Locale.ROOT)) ? label.name() : written;
                String question = label.question() != null ? label.question()
                        : this.lexicon.template("label_question");
                findings.label(name, clause,
                        question.replace("{label}", name).replace("{naam}", findings.subject.inSentence()));
                found = true;
            }
        }
        return found;
    }

    /** A remark in brackets: its labels and strengths count, it raises no deficit. */
    private void readAside(Clause clause, Findings findings) {
        readLabels(clause, findings);
        for (StrengthRule strength : this.strengths.candidates(clause.tokens())) {
            readStrength(strength, clause, findings);
        }
    }

    /** What a clause turned out to be. */
    private enum Reading {

        NEUTRAL, FLAGGED, DEFICIT, NEED

    }

    /**
     * Reads one clause. {@code joinedTo}: what the clause before it in the same sentence was, when
     * this one is joined to it by "en", a comma or a relative pronoun rather than turned away by
     * "maar". Coordination joins like with like: after a deficit ("is bazig en neemt alles over")
     * the clause is taken as deficit language too, after a stated need ("een maatje | dat hem
     * overhoort") as part of that need.
     */
    private Reading read(Clause clause, Reading joinedTo, Findings findings) {
        boolean continues = joinedTo == Reading.DEFICIT;
        List<Token> tokens = clause.tokens();
        boolean flagged = readLabels(clause, findings);
        for (StrengthRule strength : this.strengths.candidates(tokens)) {
            flagged |= readStrength(strength, clause, findings);
        }
        for (CueRule cue : this.needsCues.candidates(tokens)) {
            Optional<TreeSet<Integer>> m = cue.pattern().match(tokens);
            if (m.isPresent() && statedNeed(clause, m.get(), cue, findings)) {
                return Reading.NEED;
            }
        }
        boolean joinsTheNeed = this.coordinators.matches(tokens.get(0)) || this.relatives.matches(tokens.get(0));
        if (joinedTo == Reading.NEED && joinsTheNeed && deficitMatches(clause).isEmpty()) {
            // "… en een maatje dat hem overhoort": a second need; "… | dat hem overhoort": the same one
            if (this.coordinators.matches(tokens.get(0)) && tokens.size() > 1) {
                statedNeedFrom(clause, 1, tokens.size() - 1, "needs:joined", findings);
            }
            return Reading.NEED;
        }
        List<Match> matches = deficitMatches(clause);
        if (matches.isEmpty() && wordCount(tokens) >= 2 && !flagged
                && (continues || hasVerb(tokens) || hasAdjective(tokens))) {
            CategoryClassifier.Placement placed = this.classifier.place(tokens);
            if (placed.sure().isPresent()) {
                matches.add(new Match(fallbackRule(byRole(clause, placed.sure().get())), new TreeSet<>()));
            }
            else if (!negatesADeficit(clause)
                    && (continues || hasDeficitSignal(tokens) || placed.guess().isPresent())) {
                unsure(clause, placed, findings);
                return Reading.DEFICIT;
            }
        }
        for (Match match : matches) {
            findings.deficit(clause, match.rule(), slots(clause, findings), this.writer);
        }
        if (matches.isEmpty()) {
            return flagged ? Reading.FLAGGED : Reading.NEUTRAL;
        }
        return Reading.DEFICIT;
    }

    /** Not sure enough for a rule's need: name the fragment and ask, as an IB'er would, with the classifier's guess. */
    private void unsure(Clause clause, CategoryClassifier.Placement placed, Findings findings) {
        Category guess = byRole(clause, placed.guess().orElse(Category.TASKS_ENVIRONMENT));
        findings.unsureDeficit(clause, fallbackRule(guess), slots(clause, findings),
                this.lexicon.template("deficit_question"), this.writer);
    }

    /**
     * A copula that characterises the pupil: "is een dromer", "is ongeduldig" (not "zit in groep
     * 5"). Such a clause joined to a deficit is part of it.
     */
    private boolean characterises(List<Token> tokens) {
        boolean copula = false;
        for (Token t : tokens) {
            if (this.copulas.matches(t)) {
                copula = true;
            }
            else if (copula && (t.hasTagPrefix("BNW") || t.hasTagPrefix("ZNW") || t.hasTagPrefix("ADJ")
                    || t.hasTagPrefix("NOUN") || t.tags().isEmpty())) {
                return !t.hasTagPrefix("ENM");
            }
        }
        return false;
    }

    /** "weinig betrokken": a word of lack just before a strength takes it away. */
    private boolean lackingBefore(List<Token> tokens, int index) {
        return index > 0 && this.lacking.matches(tokens.get(index - 1));
    }

    /** A statement on its own has a verb; a heading ("Verslag groepsbespreking groep 6") has none. */
    private boolean hasVerb(List<Token> tokens) {
        var morphology = this.analyzer.morphology();
        for (int i = 0; i < tokens.size(); i++) {
            if (morphology.isFiniteVerb(tokens.get(i)) || (i > 0 && morphology.isInfinitive(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsALine(String text, Sentence before, Sentence sentence) {
        String between = text.substring(before.tokens().get(before.tokens().size() - 1).end(), sentence.tokens().get(0).start());
        return between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0 || between.indexOf('\u2028') >= 0;
    }

    /** "zwak in begrijpend lezen": a fragment with an adjective says something about the pupil. */
    private static boolean hasAdjective(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.hasTagPrefix("BNW") || t.hasTagPrefix("ADJ"));
    }

    /** "Isa is niet lui": a rule would match but for the negation; the clause says the opposite. */
    private boolean negatesADeficit(Clause clause) {
        for (DeficitRule rule : this.deficits.candidates(clause.tokens())) {
            if (rule.roles().contains(clause.role()) && !rule.pattern().uses("negation")) {
                Optional<TreeSet<Integer>> m = rule.pattern().match(clause.tokens());
                if (m.isPresent() && negatedBefore(clause.tokens(), m.get())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Words that mark deficit language whatever the rest of the clause says: a negation or a
     * word of lack about what the pupil does ("controleert zijn werk niet"), or an evaluative word
     * from the vocabulary's {@code [set deficit_signal]}.
     */
    private boolean hasDeficitSignal(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token one = tokens.get(i);
            if (this.signals.matches(one)) {
                return true;
            }
            if (this.negation.matches(one) && i > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-word strength is taken at every word that matches ("behulpzaam en vrolijk" gives two);
     * a phrase ("kan goed …") runs to the end of the clause ("kan goed tekenen"). Not after a
     * negation.
     */
    private boolean readStrength(StrengthRule strength, Clause clause, Findings findings) {
        List<Token> tokens = clause.tokens();
        boolean found = false;
        if (strength.wholeClause()) {
            Optional<TreeSet<Integer>> m = strength.pattern().match(tokens);
            if (m.isEmpty() || negatedBefore(tokens, m.get())) {
                return false;
            }
            int from = m.get().first();
            for (int i = m.get().first() - 1; i >= 0; i--) {
                if (this.analyzer.morphology().isFiniteVerb(tokens.get(i))) {
                    from = i;
                    break;
                }
            }
            findings.strength(clause, tokens.get(from).start(), tokens.get(tokens.size() - 1).end());
            return true;
        }
        if (strength.pattern().termCount() == 1) {
            if (strength.pattern().excludedIn(tokens)) {
                return false;
            }
            for (int i = 0; i < tokens.size(); i++) {
                int length = strength.pattern().lengthAt(tokens, i);
                if (length > 0 && !findings.subject.isName(tokens.get(i)) && !negatedBefore(tokens, i)
                        && !lackingBefore(tokens, i)) {
                    findings.strength(clause, tokens.get(i).start(), tokens.get(i + length - 1).end());
                    found = true;
                }
            }
            return found;
        }
        Optional<TreeSet<Integer>> m = strength.pattern().match(tokens);
        if (m.isPresent() && !negatedBefore(tokens, m.get().first())) {
            findings.strength(clause, tokens.get(m.get().first()).start(), tokens.get(tokens.size() - 1).end());
            return true;
        }
        return false;
    }

    /**
     * Already-needs language ("heeft behoefte aan een vaste plek", "werkt het best met een
     * koptelefoon") raises no alarm: what is needed is kept in the teacher's words and tied to the
     * goal. Its category follows the words of the need itself.
     */
    private boolean statedNeed(Clause clause, TreeSet<Integer> cue, CueRule rule, Findings findings) {
        List<Token> tokens = clause.tokens();
        int from = -1;
        int to = -1;
        int first = rule.takesBefore() ? 0 : cue.first() + 1;
        int last = rule.takesBefore() ? cue.first() : tokens.size();
        for (int i = first; i < last; i++) {
            if (!cue.contains(i) && !tokens.get(i).isPunctuation()) {
                from = from < 0 ? i : from;
                to = i;
            }
        }
        // "het helpt": a pronoun is no need
        if (from < 0 || (rule.takesBefore() && to == from && tokens.get(from).hasTagPrefix("VNW"))) {
            return false;
        }
        return statedNeedFrom(clause, from, to, "needs:" + rule.id(), findings);
    }

    /**
     * Tokens {@code from..to} of the clause are what is needed. What parents or the teacher say
     * they need is their need ("De ouders van Juul hebben … nodig"); a pupil's or a group's need
     * gets its category from its words.
     */
    private boolean statedNeedFrom(Clause clause, int from, int to, String rule, Findings findings) {
        List<Token> tokens = clause.tokens();
        List<Token> need = tokens.subList(from, to + 1);
        // a need is written positively and without a label: "behoefte aan niet te veel prikkels" is read as it is
        if (need.stream().anyMatch(this.negation::matches)
                || this.labels.candidates(need).stream().anyMatch(l -> l.pattern().occursIn(need))) {
            return false;
        }
        String what = findings.text.substring(tokens.get(from).start(), tokens.get(to).end());
        Category category = switch (clause.role()) {
            case PARENTS -> Category.PARENTS;
            case TEACHER -> Category.TEACHER;
            default -> this.hints.categoryOf(tokens.subList(from, to + 1));
        };
        findings.statedNeed(clause, category, rule, what, this.writer);
        return true;
    }

    private List<Match> deficitMatches(Clause clause) {
        List<Match> found = new ArrayList<>();
        for (DeficitRule rule : this.deficits.candidates(clause.tokens())) {
            if (!rule.roles().contains(clause.role())) {
                continue;
            }
            Optional<TreeSet<Integer>> m = rule.pattern().match(clause.tokens());
            if (m.isEmpty()) {
                continue;
            }
            if (!rule.pattern().uses("negation") && negatedBefore(clause.tokens(), m.get())) {
                continue; // "Isa is niet lui"
            }
            found.add(new Match(rule, m.get()));
        }
        // a rule whose words all belong to a larger match says less: drop it
        found.removeIf(a -> found.stream()
            .anyMatch(b -> b != a && b.tokens().size() > a.tokens().size() && b.tokens().containsAll(a.tokens())));
        List<Match> kept = new ArrayList<>();
        Set<Category> categories = new LinkedHashSet<>();
        for (Match m : found) {
            if (kept.size() < RULES_PER_CLAUSE && categories.add(m.rule().category())) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** A negation before the match that is not part of it ("niet" in "Isa is niet lui"). */
    private boolean negatedBefore(List<Token> tokens, TreeSet<Integer> match) {
        return negatedBefore(tokens, match.first());
    }

    /**
     * A negation shortly before a word, in the same phrase: "Isa is niet lui" is negated, "Anna is
     * nooit vervelend en altijd vriendelijk" is not, for "vriendelijk".
     */
    private boolean negatedBefore(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - NEGATION_REACH); i--) {
            Token one = tokens.get(i);
            if (this.coordinators.matches(one) || tokens.get(i).isPunctuation()) {
                return false;
            }
            if (this.negation.matches(one)) {
                return true;
            }
        }
        return false;
    }

    /** What is written about the parents or the teacher calls for their need, whatever the model guessed. */
    private static Category byRole(Clause clause, Category guessed) {
        return switch (clause.role()) {
            case PARENTS -> Category.PARENTS;
            case TEACHER -> Category.TEACHER;
            default -> guessed;
        };
    }

    private DeficitRule fallbackRule(Category category) {
        return new DeficitRule("model:" + category.id(), category, Set.of(Role.values()), null,
                this.lexicon.fallbackNeeds(category), List.of(), "classifier");
    }

    private Map<String, String> slots(Clause clause, Findings findings) {
        return Map.of("naam", findings.subject.inSentence(), "waar", this.places.place(clause.tokens(), findings.text),
                "onderwerp", this.places.topic(clause.tokens()));
    }

    private static int wordCount(List<Token> tokens) {
        return (int) tokens.stream().filter(t -> !t.isPunctuation()).count();
    }

    /** The pupil's name when the caller gave none: a first name as the first subject of the text. */
    private static String nameIn(List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return "";
        }
        for (Token t : sentences.get(0).tokens().subList(0, Math.min(3, sentences.get(0).tokens().size()))) {
            if (Character.isUpperCase(t.text().charAt(0))
                    && (t.tags().contains("ENM:PER:FST") || t.tags().contains("NNP") || t.tags().contains("PROPN"))) {
                return t.text();
            }
        }
        return "";
    }

    private record Match(DeficitRule rule, TreeSet<Integer> tokens) {
    }

}
