package nl.hgw.nlp.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.train.ModelTrainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the accuracy of the shipped classifiers on the samples the build left out of training
 * (every {@value ModelTrainer#HELD_OUT_EVERY}th line of {@code src/main/data/doccat.*.train}): a
 * change to the data or the features that moves accuracy down shows up here, in review.
 */
class DoccatEval {

    @ParameterizedTest(name = "{0}: held-out accuracy at least {1}")
    @CsvSource({ "nl, 0.69", "en, 0.52" })
    void classifiesHeldOutSamples(String language, double minimum) throws Exception {
        TextAnalyzer analyzer = language.equals("nl") ? Reformulator.dutchAnalyzer() : Reformulator.englishAnalyzer();
        DoccatClassifier model = DoccatClassifier.fromClasspath(Reformulator.MODELS + language + "-doccat.bin", 0);
        List<String[]> heldOut = new java.util.ArrayList<>();
        for (Path file : ModelTrainer.categorized(Path.of("src/main/data"), language)) {
            heldOut.addAll(ModelTrainer.readCategorized(file, true));
        }
        int right = 0;
        for (String[] sample : heldOut) {
            if (sample[0].equals(model.rawCategory(ModelTrainer.features(analyzer, sample[1])))) {
                right++;
            }
        }
        double accuracy = (double) right / heldOut.size();
        System.out.printf("doccat %s: %d/%d held-out samples right, accuracy %.3f%n", language, right,
                heldOut.size(), accuracy);
        assertThat(heldOut).hasSizeGreaterThan(language.equals("nl") ? 150 : 40);
        assertThat(accuracy).isGreaterThanOrEqualTo(minimum);
    }

}
