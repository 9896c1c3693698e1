package nl.hgw.nlp.reformulate;

import java.util.ArrayList;
import java.util.List;

import nl.hgw.nlp.analysis.Token;

/**
 * The words the classifier sees of a clause, the same at training and at run time: the first lemma
 * of each word, lower case, with first names replaced by one placeholder so that the model learns
 * situations rather than names.
 */
public final class ClauseFeatures {

    private ClauseFeatures() {
    }

    public static String[] of(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.isPunctuation()) {
                continue;
            }
            if (Character.isUpperCase(t.text().charAt(0))
                    && (t.tags().contains("ENM:PER:FST") || t.tags().contains("NNP") || t.tags().contains("PROPN"))) {
                out.add("_naam_");
                continue;
            }
            out.add(t.lemmas().isEmpty() ? t.lower() : t.lemmas().iterator().next());
        }
        return out.toArray(String[]::new);
    }

}
