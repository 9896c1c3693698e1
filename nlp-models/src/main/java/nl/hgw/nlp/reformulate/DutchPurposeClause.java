package nl.hgw.nlp.reformulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.hgw.nlp.analysis.Morphology;
import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * The Dutch purpose clause. An infinitive goal gets "te" before its verb cluster, in each
 * coordinated part: "de rekeninstructie volgen en daarna zelfstandig aan de slag gaan" becomes "om
 * de rekeninstructie te volgen en daarna zelfstandig aan de slag te gaan"; a separable verb is split
 * ("opruimen" → "op te ruimen", "meedoen" → "mee te doen"). A goal written as a sentence ("de groep
 * krijgt elke dag een dagstart") becomes a "zodat" clause with the verb at the end. A goal without a
 * verb is quoted behind a template.
 */
final class DutchPurposeClause implements PurposeClause {

    private static final java.util.regex.Pattern AT_A_TIME = java.util.regex.Pattern.compile(
            "(?iu)om\\s+(\\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half|kwart)\\b");

    private final TextAnalyzer analyzer;

    private final Morphology morphology;

    private final TokenPattern coordinators;

    private final TokenPattern subordinators;

    private final TokenPattern auxiliaries;

    private final TokenPattern relatives;

    private final TokenPattern complementizers;

    private final String noVerbTemplate;

    DutchPurposeClause(TextAnalyzer analyzer, Lexicon lexicon) {
        this.analyzer = analyzer;
        this.morphology = analyzer.morphology();
        this.coordinators = lexicon.set("coordinator");
        this.subordinators = lexicon.set("subordinator");
        this.auxiliaries = lexicon.set("auxiliary");
        this.relatives = lexicon.set("relative");
        this.complementizers = lexicon.set("complementizer");
        this.noVerbTemplate = lexicon.template("goal_without_verb");
    }

    @Override
    public String of(String goal) {
        // "om drie uur …", "om half negen …": a time, not the "om" of "om … te …"
        boolean atATime = goal != null && AT_A_TIME.matcher(goal.strip()).lookingAt();
        String g = GoalText.clean(goal, atATime ? "" : "om ");
        if (g.isEmpty()) {
            return "";
        }
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : this.analyzer.analyze(g)) {
            tokens.addAll(s.tokens());
        }
        int mainEnd = mainClauseEnd(tokens);
        int finite = finiteVerbOfSentence(tokens, mainEnd);
        if (finite >= 0) {
            return "zodat " + asSubordinate(g, tokens, finite, mainEnd);
        }
        List<Integer> teBefore = new ArrayList<>();
        int partStart = 0;
        for (int i = 0; i <= mainEnd; i++) {
            // a coordinated part with a verb of its own: "… volgen en daarna … gaan", "… luisteren naar
            // een klasgenoot en daarna een vraag stellen"
            boolean boundary = i == mainEnd || (this.coordinators.matches(tokens.get(i)) && i > 0
                    && (this.morphology.isInfinitive(tokens.get(i - 1))
                        || (verbCluster(tokens, partStart, i) >= 0 && verbCluster(tokens, i + 1, mainEnd) >= 0)));
            if (boundary) {
                int cluster = verbCluster(tokens, partStart, i);
                if (cluster >= 0) {
                    teBefore.add(cluster);
                }
                partStart = i + 1;
            }
        }
        if (teBefore.isEmpty()) {
            return this.noVerbTemplate.replace("{doel}", g);
        }
        StringBuilder out = new StringBuilder("om ");
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String gap = i + 1 < tokens.size() ? g.substring(t.end(), tokens.get(i + 1).start()) : "";
            if (teBefore.contains(i) && !(i > 0 && tokens.get(i - 1).lower().equals("te"))) {
                List<String> parts = this.morphology.splitSeparable(t.lower());
                if (parts.size() == 2) {
                    out.append(parts.get(0)).append(" te ").append(parts.get(1));
                }
                else {
                    out.append("te ").append(t.text());
                }
            }
            else {
                out.append(t.text());
            }
            out.append(gap);
        }
        // "om drie uur klaarstaan" → "om drie uur klaar te staan" keeps no word the teacher wrote: then
        // the goal is quoted as written, so that the need is recognisably about it
        return keepsAWordOf(g, out) ? out.toString() : this.noVerbTemplate.replace("{doel}", g);
    }

    /** Whether the clause still contains one of the goal's longer words (five letters or more) when it has any. */
    private static boolean keepsAWordOf(String goal, CharSequence clause) {
        String lower = clause.toString().toLowerCase(Locale.ROOT);
        List<String> words = java.util.Arrays.stream(goal.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
            .filter(w -> w.length() >= 5).toList();
        return words.isEmpty() || words.stream().anyMatch(lower::contains);
    }

    /** Index of the first subordinating conjunction ("als", "wanneer", "zodat") or comma, or the end. */
    private int mainClauseEnd(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            // and "dat", "wat", "hoe" … after a verb: "met woorden zeggen | dat hij iets wil hebben"
            boolean complement = this.complementizers.matches(tokens.get(i)) && this.morphology.isInfinitive(tokens.get(i - 1));
            // but "die" after a preposition points: "van die dag"
            boolean pointing = this.relatives.matches(tokens.get(i)) && tokens.get(i - 1).hasTagPrefix("VRZ");
            if ((this.subordinators.matches(tokens.get(i)) && !pointing) || tokens.get(i).text().equals(",") || complement) {
                return i;
            }
        }
        return tokens.size();
    }

    /**
     * The last infinitive in a part of the goal with the auxiliaries before it; "te" goes before its
     * first verb ("zelfstandig te kunnen werken", but "eigen antwoorden op te schrijven"). -1 when
     * the part has no verb.
     */
    private int verbCluster(List<Token> tokens, int from, int to) {
        int last = -1;
        for (int i = to - 1; i >= from; i--) {
            if (this.morphology.isInfinitive(tokens.get(i)) && !tokens.get(i).hasTagPrefix("ENM")
                    && !possessive(tokens, i, to) && !afterADeterminer(tokens, i, from)) {
                last = i;
                break;
            }
        }
        if (last < 0) {
            return -1;
        }
        int first = last;
        while (first - 1 >= from && this.auxiliaries.matches(tokens.get(first - 1))
                && !afterADeterminer(tokens, first - 1, from)) {
            first--;
        }
        return first;
    }

    /** "aan zijn weektaak", "met haar spullen": a pronoun before a word of the goal is no verb. */
    private static boolean possessive(List<Token> tokens, int i, int to) {
        return i + 1 < to && tokens.get(i).hasTagPrefix("VNW")
                && (tokens.get(i + 1).hasTagPrefix("ZNW") || tokens.get(i + 1).hasTagPrefix("BNW"));
    }

    /** "vier delen", "de delen", "zijn handen": a word after a numeral, an article or a possessive is a noun. */
    private static boolean afterADeterminer(List<Token> tokens, int i, int from) {
        if (i - 1 < from) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (before.lower().equals("het")) {
            // "voor het buitenspelen" (an article), but "het zeggen als …" (an object)
            return i - 2 >= from && tokens.get(i - 2).hasTagPrefix("VRZ");
        }
        return before.hasTagPrefix("GET") || before.hasTagPrefix("VNW:AWZ")
                || before.tags().stream().anyMatch(tag -> tag.startsWith("VNW") && tag.contains(":BEZ"));
    }

    /**
     * A finite verb standing as the second part of a sentence ("de groep krijgt …", "Joost volgt
     * …"): a word that can only be a finite verb, after a subject. -1 for an infinitive goal.
     */
    private int finiteVerbOfSentence(List<Token> tokens, int end) {
        for (int i = 1; i < Math.min(end, 5); i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            // "een verloren potje …": an article or a number is no subject, what follows it no verb
            boolean afterSubject = (before.hasTagPrefix("ZNW") || before.hasTagPrefix("ENM")
                    || before.hasTagPrefix("VNW:PER")) && !afterADeterminer(tokens, i, 0);
            // "verlengde instructie": an inflected participle is an adjective
            if (afterSubject && this.morphology.isFiniteVerb(t) && !this.morphology.isInfinitive(t)
                    && !t.hasTagPrefix("ZNW") && !t.hasTagPrefix("BNW") && !t.hasTagPrefix("WKW:VTD:VRB")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The goal sentence as a subordinate clause: the finite verb goes to the end of the main clause,
     * with its separable particle ("Milou ruimt haar tafel op" → "Milou haar tafel opruimt",
     * "Milou maakt haar taak af tijdens de les" → "Milou haar taak tijdens de les afmaakt").
     */
    private String asSubordinate(String g, List<Token> tokens, int finite, int mainEnd) {
        int particle = separableParticle(tokens, finite, mainEnd);
        int last = mainEnd - 1;
        while (last == finite || last == particle) {
            last--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i == finite || i == particle) {
                continue;
            }
            Token t = tokens.get(i);
            // the first word keeps its capital when it can be a name ("Roos"), unless it is also an
            // article, number or pronoun ("Een" is a place too)
            boolean name = t.tags().stream().allMatch(tag -> tag.startsWith("ENM"))
                    || (t.hasTagPrefix("ENM") && !t.hasTagPrefix("GET") && !t.hasTagPrefix("VNW"));
            String text = i == 0 && !name ? t.text().toLowerCase(Locale.ROOT) : t.text();
            if (out.length() > 0 && !t.isPunctuation()) {
                out.append(' ');
            }
            out.append(text);
            if (i == last) {
                out.append(' ').append(particle >= 0 ? tokens.get(particle).lower() : "").append(tokens.get(finite).text());
            }
        }
        return out.toString();
    }

    /**
     * The particle of a separable verb in a main clause: a word after the finite verb that, put
     * before one of its lemmas, makes a separable verb ("af" + "maken"), and that stands at the end
     * of the clause or before a preposition ("af tijdens de les"), not before a noun ("op tijd"). -1: none.
     */
    private int separableParticle(List<Token> tokens, int finite, int mainEnd) {
        for (int i = mainEnd - 1; i > finite; i--) {
            Token t = tokens.get(i);
            boolean placed = i + 1 == mainEnd || tokens.get(i + 1).isPunctuation()
                    || tokens.get(i + 1).tags().stream().allMatch(tag -> tag.startsWith("VRZ"));
            if (!placed || !(t.hasTagPrefix("BYW") || t.hasTagPrefix("VRZ"))) {
                continue;
            }
            for (String lemma : tokens.get(finite).lemmas()) {
                if (this.morphology.splitSeparable(t.lower() + lemma).equals(List.of(t.lower(), lemma))) {
                    return i;
                }
            }
        }
        return -1;
    }

}
