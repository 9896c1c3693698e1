package nl.hgw.nlp.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * English tags from Apache OpenNLP's UD English part-of-speech model (a Maven artifact, read from
 * the class path), lemmas from a small set of suffix rules and irregular forms: enough to let a
 * rule written for "give up" match "gives up" and "gave up".
 */
public final class EnglishMorphology implements Morphology {

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";

    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("is", "be"),
            Map.entry("are", "be"), Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("am", "be"),
            Map.entry("been", "be"), Map.entry("has", "have"), Map.entry("had", "have"), Map.entry("does", "do"),
            Map.entry("did", "do"), Map.entry("done", "do"), Map.entry("gave", "give"), Map.entry("given", "give"),
            Map.entry("got", "get"), Map.entry("gets", "get"), Map.entry("went", "go"), Map.entry("goes", "go"),
            Map.entry("gone", "go"), Map.entry("made", "make"), Map.entry("took", "take"), Map.entry("taken", "take"),
            Map.entry("came", "come"), Map.entry("fought", "fight"), Map.entry("lost", "lose"),
            Map.entry("forgot", "forget"), Map.entry("forgotten", "forget"), Map.entry("left", "leave"),
            Map.entry("sat", "sit"), Map.entry("ran", "run"), Map.entry("threw", "throw"), Map.entry("thrown", "throw"),
            Map.entry("children", "child"), Map.entry("can't", "can"), Map.entry("cannot", "can"),
            Map.entry("won't", "will"), Map.entry("doesn't", "do"), Map.entry("didn't", "do"),
            Map.entry("isn't", "be"), Map.entry("understood", "understand"), Map.entry("kept", "keep"),
            Map.entry("felt", "feel"), Map.entry("said", "say"), Map.entry("hit", "hit"), Map.entry("read", "read"));

    private final POSModel model;

    /**
     * A tagger is not thread-safe, and building one parses its feature configuration (a quarter
     * of the engine's time when done per sentence): one per thread, kept.
     */
    private final ThreadLocal<POSTaggerME> taggers;

    public EnglishMorphology() {
        try (InputStream in = EnglishMorphology.class.getResourceAsStream(POS_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("English POS model not on the class path: " + POS_MODEL);
            }
            this.model = new POSModel(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        POSModel loaded = this.model;
        this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(loaded));
    }

    @Override
    public List<Token> analyze(List<String> words, List<int[]> spans) {
        String[] tags = this.taggers.get().tag(words.toArray(String[]::new));
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Set<String> lemmas = new LinkedHashSet<>(lemmasOf(words.get(i)));
            tokens.add(new Token(words.get(i), spans.get(i)[0], spans.get(i)[1], lemmas, Set.of(tags[i])));
        }
        return List.copyOf(tokens);
    }

    static List<String> lemmasOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(3);
        out.add(w);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            out.add(irregular);
            return out;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            out.add(w.substring(0, w.length() - 3) + "y");
        }
        else if (w.length() > 3 && w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses")
                || w.endsWith("xes"))) {
            out.add(w.substring(0, w.length() - 2));
        }
        else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            out.add(w.substring(0, w.length() - 1));
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            String stem = w.substring(0, w.length() - 3);
            out.add(stem);
            out.add(stem + "e");
            if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                out.add(stem.substring(0, stem.length() - 1));
            }
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            String stem = w.substring(0, w.length() - 2);
            out.add(stem);
            out.add(stem + "e");
            if (w.endsWith("ied")) {
                out.add(w.substring(0, w.length() - 3) + "y");
            }
        }
        return out;
    }

    /**
     * The UD model gives universal tags (VERB, AUX) without tense: a verb or auxiliary that is not
     * an -ing or -ed participle counts as finite.
     */
    @Override
    public boolean isFiniteVerb(Token token) {
        String w = token.lower();
        return (token.tags().contains("VERB") || token.tags().contains("AUX") || token.tags().contains("VBZ")
                || token.tags().contains("VBP") || token.tags().contains("VBD") || token.tags().contains("MD"))
                && !w.endsWith("ing");
    }

    @Override
    public boolean isInfinitive(Token token) {
        return false;
    }

    @Override
    public List<String> splitSeparable(String infinitive) {
        return List.of(infinitive);
    }

    @Override
    public boolean isNoun(Token token) {
        return token.tags().contains("NOUN") || token.tags().contains("PROPN");
    }

    @Override
    public boolean isAdjective(Token token) {
        return token.tags().contains("ADJ");
    }

    @Override
    public boolean isPronoun(Token token) {
        return token.tags().contains("PRON");
    }

    @Override
    public boolean isFirstName(Token token) {
        return token.tags().contains("PROPN");
    }

}
