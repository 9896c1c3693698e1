package nl.hgw.nlp.reformulate;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.analysis.Morphology;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.CueRule;
import nl.hgw.nlp.lexicon.LabelRule;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.RuleIndex;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * Already-needs language: "heeft behoefte aan een vaste plek", "werkt het best met een
 * koptelefoon", "een time-timer helpt hem". What is needed is kept in the teacher's words and
 * tied to the goal; no deficit is raised.
 */
final class StatedNeeds {

    private final RuleIndex<CueRule> cues;

    private final RuleIndex<LabelRule> labels;

    private final CategoryHints hints;

    private final Negation negation;

    private final Morphology morphology;

    private final NeedWriter writer;

    private final TokenPattern coordinators;

    private final TokenPattern prepositions;

    private final TokenPattern relatives;

    private final TokenPattern purposeConjunctions;

    private final TokenPattern alternatives;

    private final TokenPattern infinitiveMarkers;

    private final TokenPattern times;

    private final TokenPattern frequencies;

    private final TokenPattern possessives;

    private final Lexicon lexicon;

    StatedNeeds(Lexicon lexicon, Negation negation, Morphology morphology, NeedWriter writer) {
        this.cues = new RuleIndex<>(lexicon.needsCues(), CueRule::pattern);
        this.labels = new RuleIndex<>(lexicon.labels(), LabelRule::pattern);
        this.hints = new CategoryHints(lexicon);
        this.negation = negation;
        this.morphology = morphology;
        this.writer = writer;
        this.coordinators = lexicon.set("coordinator");
        this.prepositions = lexicon.set("preposition");
        this.relatives = lexicon.set("relative");
        this.purposeConjunctions = lexicon.set("purpose_conjunction");
        this.alternatives = lexicon.set("alternative");
        this.infinitiveMarkers = lexicon.set("infinitive_marker");
        this.times = lexicon.set("time_word");
        this.frequencies = lexicon.set("frequency_deficit");
        this.possessives = lexicon.set("possessive");
        this.lexicon = lexicon;
    }

    /**
     * A clause that may go on with a stated need before it: "en …", "dat …", "zodat hij zijn leerwerk kan
     * verdelen" (not "zodat ik niet aan de andere kinderen toekom": a purpose clause with a negation says
     * something of its own).
     */
    boolean goesOnWith(List<Token> tokens) {
        Token first = tokens.get(0);
        return this.coordinators.matches(first) || this.relatives.matches(first)
                || this.purposeConjunctions.matches(first) && tokens.stream().noneMatch(this.negation::isNegation);
    }

    /**
     * A clause joined to a stated need: "… en een maatje dat hem overhoort" is a second need; "… | dat hem
     * overhoort", "… | of ander vast voorwerp" and "… | zodat hij …" go on with the same one; in "gebaat bij …
     * en bij feedback na elke stap" the need is what follows the repeated preposition.
     */
    void readJoined(Clause clause, Findings findings) {
        List<Token> tokens = clause.tokens();
        Token first = tokens.get(0);
        Token second = tokens.get(Math.min(1, tokens.size() - 1));
        int from = this.prepositions.matches(second) && !this.infinitiveMarkers.matches(second) ? 2 : 1;
        if (this.coordinators.matches(first) && !this.alternatives.matches(first) && tokens.size() > from) {
            readFrom(clause, from, tokens.size() - 1, "needs:joined", findings);
        }
    }

    /**
     * The next item of a list of needs ("behoefte aan een vaste plek, een koptelefoon bij zelfstandig
     * werken") is a need of its own when it names a thing; an item that only places or times the one
     * before ("…, weg van de deur", "…, twee keer per dag", "…, dagelijks") is part of it.
     */
    void readListed(Clause clause, Findings findings) {
        List<Token> tokens = clause.tokens();
        Token first = tokens.get(0);
        boolean qualifies = Character.isDigit(first.text().charAt(0)) || this.prepositions.matches(first)
                || (tokens.size() > 1 && this.prepositions.matches(tokens.get(1))
                        && (first.hasTagPrefix("BYW") || !this.morphology.isNoun(first)));
        boolean namesAThing = (first.hasTagPrefix("VNW:AWZ") || first.hasTagPrefix("VNW:BEZ") || first.tags().contains("DET")
                || this.morphology.isAdjective(first) || this.morphology.isNoun(first) || first.hasTagPrefix("LID"))
                && tokens.stream().anyMatch(t -> this.morphology.isNoun(t) && !t.hasTagPrefix("GET") && !this.times.matches(t));
        // "…, haar moeder ook", "…, his parents more information": someone else's
        boolean someoneElses = first.hasTagPrefix("VNW:BEZ") || this.possessives.matches(first);
        if (!qualifies && namesAThing && !someoneElses) {
            readFrom(clause, 0, tokens.size() - 1, "needs:listed", findings);
        }
    }

    boolean isPreposition(Token token) {
        return this.prepositions.matches(token);
    }

    /** Writes the need the clause states; the cue it found, or empty when it wrote none. */
    Optional<CueRule> read(Clause clause, Findings findings) {
        List<Token> tokens = clause.tokens();
        for (CueRule cue : this.cues.candidates(tokens)) {
            Optional<TreeSet<Integer>> m = cue.pattern().match(tokens);
            if (m.isPresent() && read(clause, m.get(), cue, findings)) {
                return Optional.of(cue);
            }
        }
        return Optional.empty();
    }

    /**
     * Already-needs language ("heeft behoefte aan een vaste plek", "werkt het best met een
     * koptelefoon") raises no alarm: what is needed is kept in the teacher's words and tied to the
     * goal. Its category follows the words of the need itself.
     */
    private boolean read(Clause clause, TreeSet<Integer> cue, CueRule rule, Findings findings) {
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
        // "het helpt": a pronoun is no need; "Sanne helpt klasgenoten", "de groep werkt goed samen": nor a person
        if (from < 0 || (to == from && this.morphology.isPronoun(tokens.get(from)))
                || (rule.takesBefore() && !isAThing(tokens.subList(from, to + 1), findings))) {
            return false;
        }
        // "behoefte aan rust en aan duidelijke afspraken": two needs, each after its preposition
        boolean read = false;
        int start = from;
        for (int i = from + 1; i + 2 <= to; i++) {
            if (this.coordinators.matches(tokens.get(i)) && repeats(tokens, cue, i + 1)) {
                read |= readFrom(clause, start, i - 1, cue, rule, findings);
                start = i + 2;
            }
        }
        return readFrom(clause, start, to, cue, rule, findings) || read;
    }

    /** "Een time-timer helpt hem": "een time-timer" inside the need (not "ADHD", not "Kim"). */
    private static String lowerFirstOfSentence(String what, boolean firstOfSentence) {
        boolean word = what.length() > 1 && Character.isUpperCase(what.charAt(0)) && Character.isLowerCase(what.charAt(1));
        return firstOfSentence && word ? Character.toLowerCase(what.charAt(0)) + what.substring(1) : what;
    }

    /** What stands before "helpt" or "werkt goed" is a thing that helps: no person, no verb of its own. */
    private boolean isAThing(List<Token> words, Findings findings) {
        // a person opens it ("Sanne", "de groep", "hij"), or it has a clause of its own ("en plant zijn …")
        for (int i = 0; i < Math.min(2, words.size()); i++) {
            Token t = words.get(i);
            boolean person = findings.subject.isName(t) || this.lexicon.roleWord(t.lower()) != null
                    || (i == 0 && (t.tags().contains("PRON") || t.tags().stream().anyMatch(
                            tag -> tag.startsWith("VNW:PER") && !tag.contains("BEZ"))));
            if (person) {
                return false;
            }
        }
        return words.stream().noneMatch(t -> this.coordinators.matches(t)
                || (this.morphology.isFiniteVerb(t) && t.tags().stream().allMatch(tag -> tag.startsWith("WKW"))));
    }

    /** "heeft hulp nodig bij plannen": the cue's words inside the need ("nodig") are left out of it. */
    private boolean readFrom(Clause clause, int from, int to, TreeSet<Integer> cue, CueRule rule, Findings findings) {
        List<String> inside = cue.subSet(from, false, to, false).stream().map(k -> clause.tokens().get(k).text()).toList();
        UnaryOperator<String> frame = what -> {
            for (String word : inside) {
                what = what.replace(" " + word + " ", " ");
            }
            return rule.framed(what);
        };
        return readFrom(clause, from, to, "needs:" + rule.id(), frame, findings);
    }

    boolean readFrom(Clause clause, int from, int to, String rule, Findings findings) {
        return readFrom(clause, from, to, rule, what -> what, findings);
    }

    /** "behoefte aan rust en aan …": the preposition the cue ends with, again after "en" (not "en op tijd …"). */
    private boolean repeats(List<Token> tokens, TreeSet<Integer> cue, int i) {
        Token ending = tokens.get(cue.last());
        return this.prepositions.matches(ending) && tokens.get(i).lower().equals(ending.lower());
    }

    /**
     * Tokens {@code from..to} of the clause are what is needed. What parents or the teacher say
     * they need is their need ("De ouders van Juul hebben … nodig"); a pupil's or a group's need
     * gets its category from its words.
     */
    private boolean readFrom(Clause clause, int from, int to, String rule, UnaryOperator<String> frame,
            Findings findings) {
        List<Token> tokens = clause.tokens();
        List<Token> need = tokens.subList(from, to + 1);
        // a need is written positively, without a label and without "always": "behoefte aan niet te veel
        // prikkels" is read as it is, "needs constant reminders to do anything" as deficit language
        if (need.stream().anyMatch(t -> this.negation.isNegation(t) || this.frequencies.matches(t))
                || this.labels.candidates(need).stream().anyMatch(l -> l.pattern().occursIn(need))) {
            return false;
        }
        String what = frame.apply(lowerFirstOfSentence(findings.text.substring(tokens.get(from).start(), tokens.get(to).end()),
                from == 0 && clause.start() == tokens.get(0).start() && !this.morphology.isFirstName(tokens.get(0))));
        Category category = switch (clause.role()) {
            case PARENTS -> Category.PARENTS;
            case TEACHER -> Category.TEACHER;
            default -> this.hints.categoryOf(tokens.subList(from, to + 1));
        };
        findings.statedNeed(clause, category, rule, what, this.writer);
        return true;
    }

}
