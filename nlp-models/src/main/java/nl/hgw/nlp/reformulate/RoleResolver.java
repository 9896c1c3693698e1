package nl.hgw.nlp.reformulate;

import java.util.List;
import java.util.Locale;

import nl.hgw.nlp.Role;
import nl.hgw.nlp.analysis.Morphology;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * Decides whom a clause is about from its subject: the words before the finite verb (or just after
 * it, in inverted order: "In de pauze zoekt hij …"). The pupil's name, "hij" and "de leerling" mean
 * the pupil; role words from the vocabulary mean the group, the parents or the teacher; "ze" keeps
 * the parents or the group when the previous clause was about them (and the pupil when it named
 * the pupil: "Moeder zegt dat Naima …"). A relative clause is about its antecedent ("opa en oma,
 * die …"), and a fronted subordinate clause does not hold the subject. A clause without a subject
 * ("komen zelden op besprekingen", "en stoort de klas") continues the previous one, and a role word
 * after a preposition ("leest in groep 6") is no subject.
 */
final class RoleResolver {

    private final Lexicon lexicon;

    private final TokenPattern sharedPronouns;

    private final TokenPattern coordinators;

    private final TokenPattern prepositions;

    private final TokenPattern relatives;

    private final TokenPattern complementizers;

    private final TokenPattern subordinators;

    private final TokenPattern singularPossessives;

    private final Morphology morphology;

    RoleResolver(Lexicon lexicon, Morphology morphology) {
        this.lexicon = lexicon;
        this.sharedPronouns = lexicon.set("shared_pronoun");
        this.coordinators = lexicon.set("coordinator");
        this.prepositions = lexicon.set("preposition");
        this.relatives = lexicon.set("relative");
        this.complementizers = lexicon.set("complementizer");
        this.subordinators = lexicon.set("subordinator");
        this.singularPossessives = lexicon.set("singular_possessive");
        this.morphology = morphology;
    }

    /** Follows whom the clauses of one text are about, one clause after the other. */
    Trail trail(String pupil, Role start) {
        // "Anne Sophie" is found by her first name
        String name = pupil == null || pupil.isBlank() ? "" : pupil.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return new Trail(name, start);
    }

    final class Trail {

        private final String name;

        /** The subject of the clause before: a clause without one continues it. */
        private Role subject;

        /** Whom "ze" can point back to: the subject before, or the pupil when the clause named them. */
        private Role mentioned;

        /** Whether that subject was written in the plural ("ouders", not "moeder"). */
        private boolean plural;

        private List<Token> before = List.of();

        private Trail(String name, Role start) {
            this.name = name;
            this.subject = start;
            this.mentioned = start;
        }

        Role next(List<Token> clause) {
            Role role = subjectOf(clause);
            // "Moeder geeft aan dat Naima …": "ze" in the next clause is Naima
            this.mentioned = namesThePupil(clause) ? Role.PUPIL : role;
            this.plural = this.pluralSubject;
            this.subject = role;
            this.before = clause;
            return role;
        }

        /** A new line of a note is about the pupil unless it says otherwise. */
        void newLine() {
            this.subject = Role.PUPIL;
            this.mentioned = Role.PUPIL;
            this.plural = false;
            this.before = List.of();
        }

        Role current() {
            return this.subject;
        }

        /** Set by {@link #subjectOf}: whether the subject it found was plural. */
        private boolean pluralSubject;

        private Role subjectOf(List<Token> clause) {
            this.pluralSubject = this.plural;
            Token opening = clause.isEmpty() ? null : clause.get(0);
            // "… bij opa en oma, | die …" (not "dat", which also opens what is said or seen)
            if (opening != null && relatives.containsForm(opening.lower()) && !complementizers.containsForm(opening.lower())) {
                for (int i = this.before.size() - 1; i >= Math.max(0, this.before.size() - 2); i--) {
                    Role antecedent = roleWord(this.before.get(i));
                    if (antecedent != null) {
                        return antecedent;
                    }
                }
            }
            int first = 0;
            while (first < clause.size() - 1 && coordinators.containsForm(clause.get(first).lower())) {
                first++;
            }
            if (first < clause.size() && isThePupil(clause.get(first))) {
                return Role.PUPIL; // "Wil is brutaal": a name that is also a verb
            }
            List<Token> zone = subjectZone(clause);
            for (int i = 0; i < zone.size(); i++) {
                Token t = zone.get(i);
                if (inAPrepositionalPhrase(zone, i) || isPossessor(zone, i)) {
                    continue;
                }
                // "Ouders lezen nooit voor. Haar woordenschat …": a singular possessive after a plural subject
                if (isThePupil(t) || (this.plural && singularPossessiveBeforeANoun(zone, i))) {
                    this.pluralSubject = false;
                    return Role.PUPIL;
                }
                // role words are matched on the written form: the lemma of "zijn" is "hij", of "mijn" "ik"
                if (sharedPronouns.containsForm(t.lower())) {
                    // "Ouders reageren niet. … wordt ze moe": a plural subject is no "ze" with a singular verb
                    boolean back = (this.mentioned == Role.PARENTS || this.mentioned == Role.GROUP)
                            && !(this.plural && nextToASingularVerb(zone, i));
                    this.pluralSubject = back && this.plural;
                    return back ? this.mentioned : Role.PUPIL;
                }
                Role role = roleWord(t);
                if (role != null) {
                    this.pluralSubject = t.hasTagPrefix("ZNW:MRV") || t.lower().endsWith("s") && t.tags().contains("NOUN");
                    return role;
                }
            }
            return this.subject;
        }

        /** "Moeder zegt dat Naima …": the pupil as the subject of what is said (not "De ouders laten Kim …"). */
        private boolean namesThePupil(List<Token> clause) {
            for (int i = 1; i < clause.size(); i++) {
                if (isThePupil(clause.get(i)) && complementizers.containsForm(clause.get(i - 1).lower())) {
                    return true;
                }
            }
            return false;
        }

        private boolean isThePupil(Token t) {
            return !this.name.isEmpty() && t.lower().equals(this.name);
        }

    }

    /** "haar woordenschat", "his reading": a singular possessive before its noun. */
    private boolean singularPossessiveBeforeANoun(List<Token> zone, int i) {
        // not "(ouders) zijn druk": a verb before an adjective
        return i + 1 < zone.size() && this.singularPossessives.containsForm(zone.get(i).lower())
                && this.morphology.isNoun(zone.get(i + 1)) && !this.morphology.isAdjective(zone.get(i + 1));
    }

    /** "wordt ze", "ze is": a verb beside the pronoun that can only be singular. */
    private boolean nextToASingularVerb(List<Token> zone, int i) {
        for (int j = Math.max(0, i - 1); j <= Math.min(zone.size() - 1, i + 1); j++) {
            Token t = zone.get(j);
            // a third person singular present ("wordt", "is"); plural and past forms do not tell
            if (j != i && t.tags().stream().anyMatch(tag -> tag.startsWith("WKW:TGW:3EP"))
                    && t.tags().stream().noneMatch(tag -> tag.contains("INF") || tag.contains("MRV"))) {
                return true;
            }
        }
        return false;
    }

    private Role roleWord(Token t) {
        return this.lexicon.roleWord(t.lower());
    }

    /** "Chloe's grandmother": the name before a possessive "'s" is not the subject. */
    private static boolean isPossessor(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && (tokens.get(i + 1).text().equals("'s") || tokens.get(i + 1).text().equals("\u2019s"));
    }

    /** "in groep 6", "in de klas", "met de andere kinderen": a role word there is no subject. */
    private boolean inAPrepositionalPhrase(List<Token> zone, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            Token before = zone.get(j);
            if (this.prepositions.containsForm(before.lower())) {
                return true;
            }
            // "geeft aan dat Naima …": a particle, not a preposition, before a clause of its own
            if (this.morphology.isFiniteVerb(before) || this.relatives.containsForm(before.lower()) || !isModifier(before)) {
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
        if (first < clause.size() && this.subordinators.containsForm(clause.get(first).lower())) {
            // "Sinds vader is vertrokken | is hij …": the main clause's verb comes second
            // the main clause's verb with its subject right after it
            for (int v = finiteVerbAfter(clause, first) + 1; v > 0 && v + 1 < clause.size(); v++) {
                Token after = clause.get(v + 1);
                if (this.morphology.isFiniteVerb(clause.get(v))
                        && (this.morphology.isPronoun(after) || this.morphology.isFirstName(after))) {
                    return clause.subList(v, Math.min(clause.size(), v + 3));
                }
            }
        }
        for (int i = first; i < clause.size(); i++) {
            Token t = clause.get(i);
            if (this.morphology.isFiniteVerb(t) || (i > 0 && this.morphology.isInfinitive(t))) {
                // "zijn ouders …" opens with a possessive that can also be a verb
                // "is hij vaak boos", "kan Kim zich niet …": a verb first, its subject right after it
                boolean subjectAfter = i + 1 < clause.size() && (clause.get(i + 1).hasTagPrefix("VNW:PER")
                        || clause.get(i + 1).tags().contains("PRON")
                        || this.morphology.isFirstName(clause.get(i + 1)) || Character.isUpperCase(clause.get(i + 1).text().charAt(0)));
                boolean opensWithVerb = i == first && !t.hasTagPrefix("VNW") && !subjectAfter;
                return opensWithVerb ? List.of() : clause.subList(0, Math.min(clause.size(), i + 3));
            }
        }
        return clause.subList(0, Math.min(clause.size(), 4));
    }

    /** The index of the first finite verb after {@code from}, or -1. */
    private int finiteVerbAfter(List<Token> clause, int from) {
        if (from < 0) {
            return -1;
        }
        for (int i = from + 1; i < clause.size(); i++) {
            if (this.morphology.isFiniteVerb(clause.get(i))) {
                return i;
            }
        }
        return -1;
    }

}
