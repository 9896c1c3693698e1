package nl.hgw.nlp.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Dutch lemmas and tags from LanguageTool's morfologik dictionaries (dutch-pos-dict). Separable
 * verbs come split in finite forms ("pikt … op"): the particle is joined back to the verb, so a
 * rule written for "oppikken" matches "pikt de uitleg niet op" and "opgepikt" alike.
 */
public final class DutchMorphology implements Morphology {

    private static final String DICT = "/org/languagetool/resource/nl/dutch.dict";

    private static final String SYNTH = "/org/languagetool/resource/nl/dutch_synth.dict";

    /** Particles that can stand apart from their verb. */
    private static final Set<String> PARTICLES = Set.of("aan", "af", "bij", "door", "in", "mee", "na", "neer", "om",
            "op", "over", "samen", "terug", "toe", "uit", "vast", "weg", "voor", "los", "vol", "tegen", "binnen",
            "buiten", "achter", "klaar", "stil", "thuis", "open", "dicht", "kapot", "schoon", "bezig");

    /** Prepositions that are also nouns in the dictionary and still start a phrase after a particle. */
    private static final Set<String> PHRASE_AFTER_PARTICLE = Set.of("bij", "voor", "tijdens", "met", "na");

    /** Words that start another clause: a particle after them is not this verb's. */
    private static final Set<String> CLAUSE_WORDS = Set.of("en", "maar", "of", "want", "omdat", "doordat", "terwijl",
            "die", "dat", "als", "wanneer", "zodat", "waardoor", "zodra");

    private final Dictionary dictionary;

    private final Dictionary synthesis;

    public DutchMorphology() {
        this.dictionary = read(DICT);
        this.synthesis = read(SYNTH);
    }

    private static Dictionary read(String resource) {
        URL url = DutchMorphology.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Dutch dictionary not on the class path: " + resource);
        }
        try {
            return Dictionary.read(url);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + resource, ex);
        }
    }

    @Override
    public List<Token> analyze(List<String> words, List<int[]> spans) {
        DictionaryLookup lookup = new DictionaryLookup(this.dictionary);
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Set<String> lemmas = new LinkedHashSet<>();
            Set<String> tags = new LinkedHashSet<>();
            lookUp(lookup, word, lemmas, tags);
            if (lemmas.isEmpty()) {
                lemmas.add(word.toLowerCase(Locale.ROOT));
            }
            tokens.add(new Token(word, spans.get(i)[0], spans.get(i)[1], lemmas, tags));
        }
        joinSeparableVerbs(lookup, tokens);
        return List.copyOf(tokens);
    }

    private static void lookUp(DictionaryLookup lookup, String word, Set<String> lemmas, Set<String> tags) {
        String lower = word.toLowerCase(Locale.ROOT);
        collect(lookup.lookup(lower), lemmas, tags);
        if (!lower.equals(word)) {
            collect(lookup.lookup(word), lemmas, tags);
        }
    }

    private static void collect(List<WordData> found, Set<String> lemmas, Set<String> tags) {
        for (WordData data : found) {
            lemmas.add(data.getStem().toString().toLowerCase(Locale.ROOT));
            tags.add(data.getTag().toString());
        }
    }

    /**
     * For each finite verb, looks for a particle later in the same clause that stands at the end
     * of it (followed by punctuation, a conjunction, a preposition or a verb) and, when particle +
     * lemma is a known infinitive, adds that to the verb's lemmas.
     */
    private void joinSeparableVerbs(DictionaryLookup lookup, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token verb = tokens.get(i);
            // finite, or a plural present written as the infinitive ("ouders werken niet mee")
            if (!isFiniteVerb(verb) && !isInfinitive(verb)) {
                continue;
            }
            for (int j = i + 1; j < tokens.size(); j++) {
                Token candidate = tokens.get(j);
                // the particle belongs to this verb's own clause: stop at the next one
                if (candidate.isPunctuation() || CLAUSE_WORDS.contains(candidate.lower()) || onlyAVerb(candidate)) {
                    break;
                }
                if (PARTICLES.contains(candidate.lower()) && endsClause(tokens, j + 1)) {
                    for (String lemma : List.copyOf(verb.lemmas())) {
                        String joined = candidate.lower() + lemma;
                        if (isInfinitiveForm(lookup, joined)) {
                            verb.lemmas().add(joined);
                        }
                    }
                }
            }
        }
    }

    /** A word that can be nothing but a finite verb ("niet" can also be "nieten", so it does not count). */
    private boolean onlyAVerb(Token token) {
        return isFiniteVerb(token) && token.tags().stream().allMatch(t -> t.startsWith("WKW"));
    }

    private static boolean endsClause(List<Token> tokens, int next) {
        if (next >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(next);
        // "haakt hij af | bij lange instructies": a phrase after the particle ("bij" is also a noun)
        return t.isPunctuation() || t.hasTagPrefix("VGW") || t.hasTagPrefix("WKW")
                || (t.hasTagPrefix("VRZ") && !t.hasTagPrefix("ZNW")) || PHRASE_AFTER_PARTICLE.contains(t.lower());
    }

    private static boolean isInfinitiveForm(DictionaryLookup lookup, String word) {
        for (WordData data : lookup.lookup(word)) {
            if (data.getTag().toString().startsWith("WKW:TGW:INF") && data.getStem().toString().equals(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isFiniteVerb(Token token) {
        if (token.hasTagPrefix("VRZ")) {
            return false; // "naast", "tussen": a preposition, not a form of "naasten"
        }
        for (String tag : token.tags()) {
            if (tag.startsWith("WKW:TGW:3EP") || tag.startsWith("WKW:VLT")) {
                return true;
            }
        }
        // First person forms ("ik ben") are left out: too many nouns share them ("groep", "druk").
        // Plural present tense is written as the infinitive ("ze komen"): the caller decides by context.
        return false;
    }

    @Override
    public boolean isInfinitive(Token token) {
        return token.tags().contains("WKW:TGW:INF") || token.tags().contains("WKW:TGW:INF:LOS");
    }

    @Override
    public List<String> splitSeparable(String infinitive) {
        String word = infinitive.toLowerCase(Locale.ROOT);
        DictionaryLookup synth = new DictionaryLookup(this.synthesis);
        for (String particle : PARTICLES) {
            if (word.length() > particle.length() + 2 && word.startsWith(particle)) {
                for (WordData data : synth.lookup(word + "|WKW:VTD:ONV")) {
                    // a separable verb puts "ge" after the particle: opruimen -> opgeruimd
                    if (data.getStem().toString().startsWith(particle + "ge")) {
                        return List.of(particle, word.substring(particle.length()));
                    }
                }
            }
        }
        return List.of(word);
    }

    @Override
    public boolean isNoun(Token token) {
        return token.hasTagPrefix("ZNW");
    }

    @Override
    public boolean isAdjective(Token token) {
        return token.hasTagPrefix("BNW");
    }

    @Override
    public boolean isPronoun(Token token) {
        return token.hasTagPrefix("VNW");
    }

    @Override
    public boolean isFirstName(Token token) {
        return token.tags().contains("ENM:PER:FST");
    }

}
