package nl.hgw.nlp.reformulate;

import java.util.List;
import java.util.Locale;

import nl.hgw.nlp.Role;
import nl.hgw.nlp.analysis.Morphology;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.CueRule;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * Decides whom a clause is about from its subject: the words before the finite verb (or just after
 * it, in inverted order: "In de pauze zoekt hij …"). The pupil's name, "hij" and "de leerling" mean
 * the pupil; role words from the vocabulary mean the group, the parents or the teacher; "ze" keeps
 * the parents or the group when the previous clause was about them. A clause without a subject
 * ("komen zelden op besprekingen", "en stoort de klas") continues the previous one, and a role word
 * after a preposition ("leest in groep 6") is no subject.
 */
final class RoleResolver {

    private final List<CueRule> roles;

    private final TokenPattern sharedPronouns;

    private final TokenPattern coordinators;

    private final TokenPattern prepositions;

    private final Morphology morphology;

    RoleResolver(Lexicon lexicon, Morphology morphology) {
        this.roles = lexicon.roles();
        this.sharedPronouns = lexicon.set("shared_pronoun");
        this.coordinators = lexicon.set("coordinator");
        this.prepositions = lexicon.set("preposition");
        this.morphology = morphology;
    }

    Role resolve(List<Token> clause, Role previous, String pupil) {
        // "Anne Sophie" is found by her first name
        String name = pupil == null || pupil.isBlank() ? "" : pupil.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        List<Token> zone = subjectZone(clause);
        for (int i = 0; i < zone.size(); i++) {
            Token t = zone.get(i);
            if (inAPrepositionalPhrase(zone, i)) {
                continue;
            }
            if (!name.isEmpty() && t.lower().equals(name)) {
                return Role.PUPIL;
            }
            // role words are matched on the written form: the lemma of "zijn" is "hij", of "mijn" "ik"
            if (this.sharedPronouns.containsForm(t.lower())) {
                return previous == Role.PARENTS || previous == Role.GROUP ? previous : Role.PUPIL;
            }
            for (CueRule rule : this.roles) {
                if (rule.pattern().containsForm(t.lower())) {
                    return rule.role();
                }
            }
        }
        return previous;
    }

    /** "in groep 6", "in de klas", "met de andere kinderen": a role word there is no subject. */
    private boolean inAPrepositionalPhrase(List<Token> zone, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            Token before = zone.get(j);
            if (this.prepositions.containsForm(before.lower())) {
                return true;
            }
            if (this.morphology.isFiniteVerb(before) || !isModifier(before)) {
                return false;
            }
        }
        return false;
    }

    /** An article, a possessive or an adjective: what stands between a preposition and its noun. */
    private boolean isModifier(Token t) {
        return t.hasTagPrefix("VNW:AWZ") || t.hasTagPrefix("VNW:BEZ") || t.hasTagPrefix("GET")
                || this.morphology.isAdjective(t) || t.tags().contains("DET") || t.tags().contains("ADJ");
    }

    /**
     * The words before the first verb and the two after it: where a Dutch subject stands. Nothing
     * when the clause opens with its finite verb ("en stoort de klas"): what follows is its object.
     */
    private List<Token> subjectZone(List<Token> clause) {
        int first = 0;
        while (first < clause.size() && this.coordinators.containsForm(clause.get(first).lower())) {
            first++;
        }
        for (int i = first; i < clause.size(); i++) {
            Token t = clause.get(i);
            if (this.morphology.isFiniteVerb(t) || (i > 0 && this.morphology.isInfinitive(t))) {
                // "zijn ouders …" opens with a possessive that can also be a verb
                boolean opensWithVerb = i == first && !t.hasTagPrefix("VNW");
                return opensWithVerb ? List.of() : clause.subList(0, Math.min(clause.size(), i + 3));
            }
        }
        return clause.subList(0, Math.min(clause.size(), 4));
    }

}
