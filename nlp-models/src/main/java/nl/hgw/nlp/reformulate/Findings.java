package nl.hgw.nlp.reformulate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.lexicon.DeficitRule;
import nl.hgw.nlp.lexicon.Lexicon;

/** What one reformulation has found so far; turns into the {@link Reformulation} at the end. */
final class Findings {

    /**
     * A deficit's need in a second category is written only while the note has fewer needs than
     * this: a short note gets both, a long one stays focused.
     */
    private static final int SECOND_NEEDS_BELOW = 3;

    final String text;

    final Subject subject;

    private final String purpose;

    private final Map<String, Reformulation.LabelFinding> labels = new LinkedHashMap<>();

    private final List<Reformulation.DeficitFinding> deficits = new ArrayList<>();

    private final Map<String, Reformulation.StrengthFinding> strengths = new LinkedHashMap<>();

    private final List<Reformulation.Need> needs = new ArrayList<>();

    private final Set<String> needTexts = new HashSet<>();

    private final Set<String> questions = new LinkedHashSet<>();

    private final Set<Integer> rewrittenSentences = new HashSet<>();

    /** Guesses of a report, waiting until the whole text is read. */
    private final List<HeldGuess> held = new ArrayList<>();

    /** Sentence and rule of each rule's needs: one sentence is one situation, a rule speaks once in it (the classifier's fall-backs place different fragments). */
    private final Set<String> rulesBySentence = new HashSet<>();

    Findings(String text, Subject subject, String purpose) {
        this.text = text;
        this.subject = subject;
        this.purpose = purpose;
    }

    void label(String name, Clause clause, String question) {
        this.rewrittenSentences.add(clause.sentence());
        if (!this.labels.containsKey(name)) {
            this.labels.put(name, new Reformulation.LabelFinding(name, clause.source(this.text), question));
            this.questions.add(question);
        }
    }

    void strength(Clause clause, int start, int end) {
        String word = this.text.substring(start, end);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        // "energieke teamspeler bij korfbal" already says "teamspeler bij korfbal"
        if (this.strengths.keySet().stream().anyMatch(k -> k.contains(lower))) {
            return;
        }
        this.strengths.putIfAbsent(lower,
                new Reformulation.StrengthFinding(word, clause.source(this.text)));
    }

    /** No label, no deficit and no need in the whole text (strengths may have been kept). */
    boolean foundNothing() {
        return this.labels.isEmpty() && this.deficits.isEmpty() && this.needs.isEmpty();
    }

    void question(String question) {
        this.questions.add(question);
    }

    void deficit(Clause clause, DeficitRule rule, Map<String, String> slots, NeedWriter writer) {
        String source = clause.source(this.text);
        this.deficits.add(new Reformulation.DeficitFinding(source, rule.category().id(), rule.id()));
        this.rewrittenSentences.add(clause.sentence());
        writeNeeds(clause, rule, slots, writer);
        for (String q : rule.questions()) {
            this.questions.add(Subject.capitalized(PhraseSlots.fill(q, slots)));
        }
    }

    /** A need the text already states, in the teacher's words, tied to the goal. */
    void statedNeed(Clause clause, nl.hgw.nlp.Category category, String rule, String what, NeedWriter writer) {
        this.rewrittenSentences.add(clause.sentence());
        String need = clause.role() == nl.hgw.nlp.Role.PARENTS
                ? writer.writePlural(this.subject.parents(), what, this.purpose)
                : writer.write(this.subject.words(clause.role()), what, this.purpose);
        if (this.needTexts.add(need)) {
            this.needs.add(new Reformulation.Need(category.id(), need, clause.source(this.text), rule));
        }
    }

    /**
     * Per category of the rule's phrasings (its own first), the first phrasing not yet written for
     * this text: a deficit gets one need, or two when the rule knows a need in a second category.
     */
    private void writeNeeds(Clause clause, DeficitRule rule, Map<String, String> slots, NeedWriter writer) {
        String who = this.subject.words(clause.role());
        String source = clause.source(this.text);
        if (rule.pattern() != null && !this.rulesBySentence.add(clause.sentence() + "\n" + rule.id())) {
            // "belt boos op en bemoeit zich overal mee": the same rule again in one sentence, another
            // fragment of the same situation: one need, the rule's first phrasing not written yet;
            // none when another rule already wrote one for this fragment, or for the same words
            // ("druk, druk, druk")
            boolean written = this.needs.stream().anyMatch(n -> n.source().equals(source)
                    || (n.source().equalsIgnoreCase(source.strip()) && n.rule().equals(rule.id())));
            if (written) {
                return;
            }
            for (DeficitRule.Phrasing phrase : rule.needs()) {
                String need = writer.write(who, PhraseSlots.fill(phrase.text(), slots), this.purpose);
                if (this.needTexts.add(need)) {
                    this.needs.add(new Reformulation.Need(phrase.category().id(), need, source, rule.id()));
                    return;
                }
            }
            return;
        }
        java.util.Set<nl.hgw.nlp.Category> done = new java.util.HashSet<>();
        List<DeficitRule.Phrasing> phrasings = new ArrayList<>(rule.needs());
        if (rule.pattern() == null && !phrasings.isEmpty()) {
            // the classifier's fall-backs: which phrasing comes first follows from the fragment itself,
            // so that different notes get different wording and the same note always the same
            java.util.Collections.rotate(phrasings, Math.floorMod(source.hashCode(), phrasings.size()));
        }
        for (DeficitRule.Phrasing phrase : phrasings) {
            if (done.contains(phrase.category()) || (!done.isEmpty() && this.needs.size() >= SECOND_NEEDS_BELOW)) {
                continue;
            }
            String need = writer.write(who, PhraseSlots.fill(phrase.text(), slots), this.purpose);
            if (this.needTexts.add(need)) {
                this.needs.add(new Reformulation.Need(phrase.category().id(), need, source, rule.id()));
                done.add(phrase.category());
            }
        }
    }

    /**
     * A fragment that reads as deficit language but that neither a rule nor a confident classifier
     * places: it is reported, with a question, and kept in reserve as a need. A {@code held} one
     * waits for {@link #settleHeldGuesses}.
     */
    void unsureDeficit(Clause clause, DeficitRule guess, Map<String, String> slots, String question,
            NeedWriter writer, boolean held) {
        HeldGuess guessed = new HeldGuess(clause, guess, slots, question, writer);
        if (held) {
            this.held.add(guessed);
        }
        else {
            report(guessed, true);
        }
    }

    /**
     * The held guesses of a report: each is asked about. In a report already written in needs
     * language (no label, no deficit a rule knows, a stated need) that is all; otherwise each is
     * also reported, with a need while the report has fewer than {@code needsBelow}.
     */
    void settleHeldGuesses(int needsBelow) {
        boolean inNeedsLanguage = this.labels.isEmpty() && this.deficits.isEmpty() && !this.needs.isEmpty();
        for (HeldGuess g : this.held) {
            if (inNeedsLanguage) {
                this.questions.add(question(g));
            }
            else {
                report(g, this.needs.size() < needsBelow);
            }
        }
        this.held.clear();
    }

    private String question(HeldGuess g) {
        return Subject.capitalized(PhraseSlots.fill(g.question(),
                Map.of("naam", this.subject.inSentence(), "fragment", g.clause().source(this.text))));
    }

    private void report(HeldGuess g, boolean withNeed) {
        String source = g.clause().source(this.text);
        this.deficits.add(new Reformulation.DeficitFinding(source, g.guess().category().id(), g.guess().id() + "?"));
        this.rewrittenSentences.add(g.clause().sentence());
        this.questions.add(question(g));
        if (withNeed) {
            writeNeeds(g.clause(), g.guess(), g.slots(), g.writer());
        }
    }

    private record HeldGuess(Clause clause, DeficitRule guess, Map<String, String> slots, String question, NeedWriter writer) {
    }

    Reformulation result(String locale, String pupil, String goal, List<Sentence> sentences, Lexicon lexicon) {
        return new Reformulation(locale, pupil, goal, List.copyOf(this.labels.values()), List.copyOf(this.deficits),
                List.copyOf(this.strengths.values()), List.copyOf(this.needs), List.copyOf(this.questions),
                rewrite(sentences, lexicon));
    }

    /**
     * The text again in needs language: the strengths first, the sentences that had nothing to
     * rewrite as they were, then the needs, then what to ask.
     */
    private String rewrite(List<Sentence> sentences, Lexicon lexicon) {
        List<String> parts = new ArrayList<>();
        if (!this.strengths.isEmpty()) {
            List<String> words = this.strengths.values().stream().map(Reformulation.StrengthFinding::text).toList();
            parts.add(PhraseSlots.fill(lexicon.template("rewrite_strengths"),
                    Map.of("naam", this.subject.inSentence(), "lijst", String.join(", ", words))));
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (!this.rewrittenSentences.contains(i)) {
                Sentence s = sentences.get(i);
                parts.add(this.text.substring(s.tokens().get(0).start(), s.tokens().get(s.tokens().size() - 1).end()));
            }
        }
        this.needs.forEach(n -> parts.add(n.text()));
        if (!this.questions.isEmpty()) {
            parts.add(PhraseSlots.fill(lexicon.template("rewrite_questions"),
                    Map.of("lijst", String.join(" ", this.questions))));
        }
        return String.join(" ", parts).strip();
    }

}
