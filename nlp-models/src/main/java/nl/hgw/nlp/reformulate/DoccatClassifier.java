package nl.hgw.nlp.reformulate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.analysis.Token;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The OpenNLP document categorizer the build trains on {@code src/main/data/doccat.*.train}. It
 * answers only when it is sure enough and its best category is a need category (not "none").
 */
public final class DoccatClassifier implements CategoryClassifier {

    public static final String NONE = "none";

    private final DoccatModel model;

    private final double threshold;

    public DoccatClassifier(DoccatModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    public static DoccatClassifier fromClasspath(String resource, double threshold) {
        try (InputStream in = DoccatClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Classifier model not on the class path: " + resource
                        + " (the build trains it: run the Maven build once)");
            }
            return new DoccatClassifier(new DoccatModel(in), threshold);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public Placement place(List<Token> clause) {
        String[] features = ClauseFeatures.of(clause);
        if (features.length == 0) {
            return Placement.NOTHING;
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(this.model);
        double[] outcomes = categorizer.categorize(features);
        String best = categorizer.getBestCategory(outcomes);
        if (NONE.equals(best)) {
            return Placement.NOTHING;
        }
        Optional<Category> category = Category.fromId(best);
        boolean sure = outcomes[categorizer.getIndex(best)] >= this.threshold;
        return new Placement(sure ? category : Optional.empty(), category);
    }

    /** The best category id whatever its probability ("none" included): for the evaluation test. */
    public String rawCategory(String[] features) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(this.model);
        return categorizer.getBestCategory(categorizer.categorize(features));
    }

}
