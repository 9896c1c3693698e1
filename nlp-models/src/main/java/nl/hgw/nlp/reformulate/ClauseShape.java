package nl.hgw.nlp.reformulate;

import java.util.List;
import java.util.stream.IntStream;

import nl.hgw.nlp.analysis.Morphology;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * What the shape of a clause tells before any rule is read: whether it states something on its
 * own (a verb, an adjective), characterises the pupil, carries a word that marks deficit
 * language, and where its own words start after the word that joins it on.
 */
final class ClauseShape {

    private final Morphology morphology;

    private final Negation negation;

    private final TokenPattern coordinators;

    private final TokenPattern contrasts;

    private final TokenPattern copulas;

    private final TokenPattern signals;

    private final TokenPattern praise;

    private final TokenPattern reporting;

    private final TokenPattern over;

    private final TokenPattern prepositions;

    private final TokenPattern articles;

    private final TokenPattern neutralPersons;

    private final TokenPattern notYet;

    private final TokenPattern characterising;

    private final TokenPattern facts;

    private final TokenPattern lacking;

    private final TokenPattern effort;

    private final TokenPattern factFrame;

    private final Lexicon lexicon;

    ClauseShape(Lexicon lexicon, Morphology morphology, Negation negation) {
        this.morphology = morphology;
        this.negation = negation;
        this.coordinators = lexicon.set("coordinator");
        this.contrasts = lexicon.set("contrast");
        this.copulas = lexicon.set("copula");
        this.signals = lexicon.set("deficit_signal");
        this.praise = lexicon.set("positief");
        this.reporting = lexicon.set("reporting");
        this.over = lexicon.set("resolved");
        this.prepositions = lexicon.set("preposition");
        this.articles = lexicon.set("indefinite_article");
        this.neutralPersons = lexicon.set("neutral_person");
        this.notYet = lexicon.set("not_yet");
        this.characterising = lexicon.set("characterising");
        this.facts = lexicon.set("fact");
        this.lacking = lexicon.set("lacking");
        this.effort = lexicon.set("effort");
        this.factFrame = lexicon.set("fact_frame");
        this.lexicon = lexicon;
    }

    /**
     * A problem that is over: "Zijn achterstand in spelling is ingehaald", "Haar angst is
     * verdwenen" (not "is nog niet ingehaald").
     */
    boolean saysItIsOver(List<Token> tokens) {
        return tokens.stream().noneMatch(t -> this.negation.isNegation(t) || this.notYet.matches(t)) && occurs(this.over, tokens);
    }

    /**
     * A lack denied and nothing else said against it: "Niels is niet zwak in taal", "heeft geen moeite
     * met plannen", "has no trouble with fractions" (not "heeft geen zin en weinig energie", not "doet geen
     * moeite", not "niet altijd": only a word of lack is denied, not a word of frequency).
     */
    boolean deniesALack(List<Token> tokens) {
        if (occurs(this.effort, tokens)) {
            return false; // "doet geen moeite": no effort, not no difficulty
        }
        boolean denied = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean negation = this.negation.isNegation(t);
            if (negation && !denied && i + 1 < tokens.size() && this.lacking.matches(tokens.get(i + 1))) {
                denied = true;
                i++;
            }
            else if (negation || this.lacking.matches(t)) {
                return false;
            }
        }
        return denied;
    }

    /** "…, vertelt moeder.", "zegt de juf": who said it, no statement of its own. */
    boolean isSpeechTag(List<Token> tokens) {
        int from = 0;
        while (from < tokens.size() - 1 && (this.coordinators.matches(tokens.get(from)) || tokens.get(from).isPunctuation())) {
            from++;
        }
        int length = this.reporting.lengthAt(tokens, from);
        if (length == 0) {
            return false;
        }
        // who said it, and nothing said: "vertelt moeder", not "geeft aan dat ze 'dom' is"
        List<Token> who = tokens.subList(from + length, tokens.size());
        // the words after the verb name a speaker: "vertelt moeder", "zegt de juf" (not "zegt rotwoorden")
        boolean speaker = who.stream().anyMatch(t -> Character.isUpperCase(t.text().charAt(0))
                || this.lexicon.roleWord(t.lower()) != null);
        return speaker && wordCount(who) <= 3 && who.stream().noneMatch(t -> this.morphology.isFiniteVerb(t)
                || this.morphology.isAdjective(t) || this.negation.isNegation(t) || this.prepositions.matches(t)
                || t.text().startsWith("'"));
    }

    /**
     * Praise for what the clause is about, in a clause without a negation and not taken back by a
     * word of lack: "Hij komt altijd op tijd", "Haar concentratie is prima" (not "is niet goed",
     * not "als ik zeg dat ze het goed doet, gelooft ze me niet").
     */
    boolean praises(List<Token> tokens) {
        return tokens.stream().noneMatch(this.negation::isNegation) && IntStream.range(0, tokens.size())
            .anyMatch(i -> this.praise.lengthAt(tokens, i) > 0 && !this.negation.lackingBefore(tokens, i));
    }

    private static boolean occurs(TokenPattern words, List<Token> tokens) {
        return IntStream.range(0, tokens.size()).anyMatch(i -> words.lengthAt(tokens, i) > 0);
    }

    /**
     * A copula that characterises the pupil: "is een dromer", "is ongeduldig" (not "zit in groep
     * 5"). Such a clause joined to a deficit is part of it.
     */
    boolean characterises(List<Token> tokens) {
        boolean copula = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (this.negation.negatesAt(tokens, i)) {
                return false; // "Lucas is not lazy; he …": a denial characterises nobody
            }
            if (this.copulas.matches(t)) {
                copula = true;
            }
            else if (copula && (this.morphology.isAdjective(t) || this.morphology.isNoun(t)
                    || t.tags().isEmpty())) {
                return !this.morphology.isFirstName(t);
            }
        }
        return false;
    }

    /**
     * A noun that sums the pupil up: "is een lastpak", "is echt een kleine tiran" (not "is een
     * jongen van acht", not "is een vrolijke meid", which is a strength).
     */
    boolean namesACharacter(List<Token> tokens) {
        // only with a word that makes it a judgement: "een echte …", "typisch een …" (not "is een voetballer")
        if (tokens.stream().noneMatch(this.characterising::matches)) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!this.copulas.matches(tokens.get(i))) {
                continue;
            }
            for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                if (!this.articles.matches(tokens.get(j))) {
                    continue;
                }
                for (int k = j + 1; k < Math.min(tokens.size(), j + 3); k++) {
                    Token noun = tokens.get(k);
                    if (this.neutralPersons.matches(noun) || this.prepositions.matches(noun) || noun.isPunctuation()) {
                        return false;
                    }
                    if (this.morphology.isNoun(noun) && !this.morphology.isAdjective(noun)) {
                        return !this.morphology.isFirstName(noun) && !Character.isUpperCase(noun.text().charAt(0));
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * A plain fact about the pupil, nothing to ask about: "Priya is tien en zit in groep 6", "doet
     * examen in economie", "Haar ouders gaan scheiden". Every word is a fact word, a word
     * that frames one, a preposition, a joining word, a number, a name or a role word, at least one
     * is a fact word or a number, and there is no negation or deficit signal.
     */
    boolean statesAFact(List<Token> tokens) {
        if (hasDeficitSignal(tokens) || tokens.stream().anyMatch(this.negation::isNegation)) {
            return false;
        }
        boolean fact = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean number = Character.isDigit(t.text().charAt(0));
            if (number || this.facts.lengthAt(tokens, i) > 0) {
                fact = true;
            }
            else if (!t.isPunctuation() && this.factFrame.lengthAt(tokens, i) == 0 && !this.prepositions.matches(t)
                    && !this.coordinators.matches(t) && !this.morphology.isFirstName(t)
                    && this.lexicon.roleWord(t.lower()) == null && !(i > 0 && Character.isUpperCase(t.text().charAt(0)))) {
                return false;
            }
        }
        return fact;
    }

    /** A statement on its own has a verb; a heading ("Verslag groepsbespreking groep 6") has none. */
    /**
     * An item of a list, not a statement: no verb among its first two words, no negation and no
     * word of deficit language ("een koptelefoon bij zelfstandig werken", "vooraf weten wie invalt").
     */
    boolean listsAThing(List<Token> tokens) {
        for (int i = 0; i < Math.min(2, tokens.size()); i++) {
            Token t = tokens.get(i);
            // "a fixed seat", "duidelijke afspraken": a verb form after an article or adjective is none
            boolean modified = i == 1 && (tokens.get(0).tags().contains("DET") || tokens.get(0).hasTagPrefix("VNW:AWZ")
                    || this.morphology.isAdjective(tokens.get(0)));
            if (this.morphology.isFiniteVerb(t) && !this.morphology.isInfinitive(t) && !modified) {
                return false;
            }
        }
        return tokens.stream().noneMatch(this.negation::isNegation) && !hasDeficitSignal(tokens);
    }

    boolean hasVerb(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (this.morphology.isFiniteVerb(tokens.get(i)) || (i > 0 && this.morphology.isInfinitive(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** A fragment starts at its first word that is not the one joining it on ("en pikt …" is "pikt …"). */
    int sourceStart(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() - 1 && (this.coordinators.matches(tokens.get(i)) || this.contrasts.matches(tokens.get(i)))) {
            i++;
        }
        return tokens.get(i).start();
    }

    /** "zwak in begrijpend lezen": a fragment with an adjective says something about the pupil. */
    boolean hasAdjective(List<Token> tokens) {
        return tokens.stream().anyMatch(this.morphology::isAdjective);
    }

    /**
     * Words that mark deficit language whatever the rest of the clause says: a negation or a
     * word of lack about what the pupil does ("controleert zijn werk niet"), or an evaluative word
     * from the vocabulary's {@code [set deficit_signal]}.
     */
    boolean hasDeficitSignal(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token one = tokens.get(i);
            if (this.signals.matches(one)) {
                return true;
            }
            if (this.negation.negatesAt(tokens, i) && i > 0) {
                return true;
            }
        }
        return false;
    }

    static int wordCount(List<Token> tokens) {
        return (int) tokens.stream().filter(t -> !t.isPunctuation()).count();
    }
}
