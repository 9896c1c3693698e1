package nl.hgw.nlp.reformulate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.Role;
import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.DeficitRule;
import nl.hgw.nlp.lexicon.CueRule;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * The reformulation for one language. Per clause: labels are flagged, already-needs language is
 * left alone, strengths are kept, and deficit language matched by a rule (or, where no rule
 * matches, placed by the classifier) becomes a need tied to the goal.
 */
final class LanguageReformulator {

    /**
     * From this many sentences on a text is a report: most of its sentences give background (age,
     * family, scores, what was tried), so a clause the classifier only guesses at, with no word of
     * deficit language in it, is held until the whole report is read. It is asked about, and it is
     * reported with a need only while the report has fewer than {@link #GUESSED_NEEDS_BELOW} needs;
     * in a report already written in needs language (no label, no deficit a rule knows) it is only
     * asked about.
     */
    private static final int REPORT_SENTENCES = 4;

    private static final int GUESSED_NEEDS_BELOW = 4;

    private final Language language;

    private final TextAnalyzer analyzer;

    private final Lexicon lexicon;

    private final ClauseSplitter splitter;

    private final RoleResolver roles;

    private final PurposeClause purposes;

    private final NeedWriter writer;

    private final PlaceFinder places;

    private final ModelPlacement placement;

    private final TokenPattern contrasts;

    private final TokenPattern home;

    private final LabelReader labelReader;

    private final Negation negation;

    private final StrengthReader strengthReader;

    private final StatedNeeds statedNeeds;

    private final DeficitMatcher deficitMatcher;

    private final ClauseShape shape;

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
        this.placement = new ModelPlacement(classifier, lexicon);
        this.contrasts = lexicon.set("contrast");
        this.home = lexicon.set("hint_parents");
        this.labelReader = new LabelReader(lexicon, analyzer);
        this.negation = new Negation(lexicon, analyzer.morphology());
        this.strengthReader = new StrengthReader(lexicon, this.negation, analyzer.morphology());
        this.statedNeeds = new StatedNeeds(lexicon, this.negation, analyzer.morphology(), this.writer);
        this.deficitMatcher = new DeficitMatcher(lexicon, this.negation);
        this.shape = new ClauseShape(lexicon, analyzer.morphology(), this.negation);
    }

    Lexicon lexicon() {
        return this.lexicon;
    }

    /** Whom the first clause of a text is about, read as if it opened a note (for rule examples). */
    Role roleOf(String text) {
        List<Sentence> sentences = this.analyzer.analyze(text);
        return sentences.isEmpty() ? null : this.roles.trail("", null).next(sentences.get(0).tokens());
    }

    Reformulation reformulate(String text, String goal, String pupil) {
        List<Sentence> sentences = this.analyzer.analyze(text);
        Subject subject = Subject.of(pupil == null || pupil.isBlank() ? nameIn(sentences) : pupil, this.lexicon);
        Findings findings = new Findings(text, subject, this.purposes.of(goal));
        RoleResolver.Trail roles = this.roles.trail(subject.name(), Role.PUPIL);
        Clause character = null; // "Youssef is een lastpak": asked about when nothing else is found
        boolean report = sentences.size() >= REPORT_SENTENCES;
        for (int s = 0; s < sentences.size(); s++) {
            if (s > 0 && startsALine(text, sentences.get(s - 1), sentences.get(s))) {
                roles.newLine();
            }
            Reading before = Reading.NEUTRAL;
            Role listRole = null; // whose need a list after a stated need goes on with
            Clause characterisation = null;
            boolean home = sentences.get(s).tokens().stream().anyMatch(this.home::matches);
            for (ClauseSplitter.Part part : this.splitter.split(sentences.get(s))) {
                List<Token> tokens = part.tokens();
                if (part.example()) {
                    // ", bijvoorbeeld slaan": what the clause before says, by example: its rules, not guesses
                    Role about = tokens.stream().anyMatch(findings.subject::isName) ? Role.PUPIL : roles.current();
                    readExample(new Clause(tokens, about, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), s), findings);
                    continue;
                }
                if (part.aside()) {
                    readAside(new Clause(tokens, roles.current(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), s),
                            findings);
                    continue;
                }
                boolean joined = !this.contrasts.matches(tokens.get(0));
                boolean listed = joined && listRole != null && before.statesANeed() && listsOn(tokens, findings);
                Role role = listed ? listRole : roles.next(tokens);
                Clause clause = new Clause(tokens, role, this.shape.sourceStart(tokens), tokens.get(tokens.size() - 1).end(), s);
                Reading reading = read(clause, joined ? before : Reading.NEUTRAL, home, report, findings);
                listRole = !reading.statesANeed() ? null : listRole == null ? role : listRole;
                if (reading == Reading.DEFICIT && joined && characterisation != null) {
                    // "Fenna is een dromer, ze is er met haar hoofd nooit bij": the first clause says the same
                    unsure(characterisation, this.placement.place(characterisation), false, findings);
                }
                characterisation = reading == Reading.NEUTRAL && this.shape.characterises(tokens) ? clause : null;
                if (character == null && reading == Reading.NEUTRAL && this.shape.namesACharacter(tokens)) {
                    character = clause;
                }
                before = reading;
            }
        }
        if (character != null && findings.foundNothing()) {
            unsure(character, this.placement.place(character), false, findings);
        }
        findings.settleHeldGuesses(GUESSED_NEEDS_BELOW);
        this.labelReader.askAboutLabelsIn(goal, subject, findings);
        if (goal == null || goal.codePoints().noneMatch(Character::isLetter)) {
            findings.question(this.lexicon.template("goal_question").replace("{naam}", subject.inSentence()));
        }
        return findings.result(this.language.code(), pupil == null ? "" : pupil, goal == null ? "" : goal.strip(),
                sentences, this.lexicon);
    }

    /**
     * A run of examples, about whom the clause before was (or the pupil it names): labels,
     * strengths and rules count, no guess.
     */
    private void readExample(Clause clause, Findings findings) {
        readAside(clause, findings);
        for (DeficitMatcher.Match match : this.deficitMatcher.matches(clause)) {
            findings.deficit(clause, match.rule(), slots(clause, findings), this.writer);
        }
    }

    /** A remark in brackets: its labels and strengths count, it raises no deficit. */
    private void readAside(Clause clause, Findings findings) {
        this.labelReader.read(clause, findings);
        this.strengthReader.read(clause, findings);
    }

    /** What a clause turned out to be. */
    private enum Reading {

        NEUTRAL, FLAGGED, DEFICIT, NEED,

        /** A need stated as a condition ("leert het best als …"): a clause joined to it goes on with it. */
        NEED_CLAUSE;

        boolean statesANeed() {
            return this == NEED || this == NEED_CLAUSE;
        }

    }

    /**
     * Reads one clause. {@code joinedTo}: what the clause before it in the same sentence was, when
     * this one is joined to it by "en", a comma or a relative pronoun rather than turned away by
     * "maar". Coordination joins like with like: after a deficit ("is bazig en neemt alles over")
     * the clause is taken as deficit language too, after a stated need ("een maatje | dat hem
     * overhoort") as part of that need. {@code report}: the clause is part of a report (see
     * {@link #REPORT_SENTENCES}).
     */
    private Reading read(Clause clause, Reading joinedTo, boolean homeInSentence, boolean report, Findings findings) {
        boolean continues = joinedTo == Reading.DEFICIT;
        List<Token> tokens = clause.tokens();
        boolean labelled = this.labelReader.read(clause, findings);
        boolean flagged = this.strengthReader.read(clause, findings) | labelled;
        Optional<CueRule> stated = this.statedNeeds.read(clause, findings);
        if (stated.isPresent()) {
            return CueRule.AS_IT_STANDS.equals(stated.get().frame()) ? Reading.NEED : Reading.NEED_CLAUSE;
        }
        boolean joinsTheNeed = this.statedNeeds.goesOnWith(tokens);
        if (joinedTo == Reading.NEED_CLAUSE && joinsTheNeed && this.shape.hasVerb(tokens)) {
            return Reading.NEED_CLAUSE; // "… als ze eerst een voorbeeld ziet | en daarna … mag oefenen": the same need
        }
        if ((joinedTo == Reading.NEED || joinedTo == Reading.NEED_CLAUSE) && joinsTheNeed
                && this.deficitMatcher.matches(clause).isEmpty()) {
            this.statedNeeds.readJoined(clause, findings);
            return Reading.NEED;
        }
        if (joinedTo.statesANeed() && !flagged && listsOn(tokens, findings) && this.deficitMatcher.matches(clause).isEmpty()) {
            // "heeft behoefte aan een vaste plek, een koptelefoon bij zelfstandig werken": the list goes on
            this.statedNeeds.readListed(clause, findings);
            return Reading.NEED;
        }
        if (this.shape.saysItIsOver(tokens) || this.shape.deniesALack(tokens)) {
            // "zijn achterstand is ingehaald", "is niet zwak in taal"
            return flagged ? Reading.FLAGGED : Reading.NEUTRAL;
        }
        List<DeficitMatcher.Match> matches = this.deficitMatcher.matches(clause);
        // a strength does not hide deficit language next to it ("loopt bij zelfstandig werken voortdurend
        // door de klas"); a label alone is named back, not placed
        boolean signal = this.shape.hasDeficitSignal(tokens);
        boolean placeable = (!flagged || (!labelled && signal))
                && !this.shape.praises(tokens) && !this.shape.isSpeechTag(tokens) && !this.shape.statesAFact(tokens);
        if (matches.isEmpty() && ClauseShape.wordCount(tokens) >= 2 && placeable
                && (continues || this.shape.hasVerb(tokens) || this.shape.hasAdjective(tokens))) {
            CategoryClassifier.Placement placed = this.placement.place(clause, homeInSentence);
            if (placed.sure().isPresent()) {
                matches.add(new DeficitMatcher.Match(this.placement.ruleFor(clause, placed.sure().get()), new TreeSet<>()));
            }
            else if (!this.deficitMatcher.negatesADeficit(clause)
                    && (continues || signal || placed.guess().isPresent())) {
                boolean held = report && !signal;
                unsure(clause, placed, held, findings);
                return held ? Reading.NEUTRAL : Reading.DEFICIT; // a held guess carries nothing to the next clause
            }
        }
        for (DeficitMatcher.Match match : matches) {
            findings.deficit(clause, match.rule(), slots(clause, findings), this.writer);
        }
        if (matches.isEmpty()) {
            return flagged ? Reading.FLAGGED : Reading.NEUTRAL;
        }
        return Reading.DEFICIT;
    }

    /**
     * An item of a list, with no subject of its own: no name, and no role word that a preposition
     * follows ("…, zijn ouders aan meer contact"; "…, een leerkracht die rustig blijft" is an item).
     */
    private boolean listsOn(List<Token> tokens, Findings findings) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean subject = this.lexicon.roleWord(t.lower()) != null && i + 1 < tokens.size()
                    && this.statedNeeds.isPreposition(tokens.get(i + 1));
            if (subject || findings.subject.isName(t) || this.analyzer.morphology().isFirstName(t)) {
                return false;
            }
        }
        return this.shape.listsAThing(tokens);
    }

    /** Not sure enough for a rule's need: name the fragment and ask, as an IB'er would, with the classifier's guess. */
    private void unsure(Clause clause, CategoryClassifier.Placement placed, boolean held, Findings findings) {
        DeficitRule guess = this.placement.ruleFor(clause, placed.guess().orElse(Category.TASKS_ENVIRONMENT));
        findings.unsureDeficit(clause, guess, slots(clause, findings),
                this.lexicon.template("deficit_question"), this.writer, held);
    }

    private static boolean startsALine(String text, Sentence before, Sentence sentence) {
        String between = text.substring(before.tokens().get(before.tokens().size() - 1).end(), sentence.tokens().get(0).start());
        return between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0 || between.indexOf('\u2028') >= 0;
    }

    private Map<String, String> slots(Clause clause, Findings findings) {
        return Map.of("naam", findings.subject.inSentence(), "waar", this.places.place(clause.tokens(), findings.text),
                "onderwerp", this.places.topic(clause.tokens()));
    }

    /** The pupil's name when the caller gave none: a first name as the first subject of the text. */
    private String nameIn(List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return "";
        }
        for (Token t : sentences.get(0).tokens().subList(0, Math.min(3, sentences.get(0).tokens().size()))) {
            if (Character.isUpperCase(t.text().charAt(0)) && this.analyzer.morphology().isFirstName(t)) {
                return t.text();
            }
        }
        return "";
    }

}
