package nl.hgw.nlp.reformulate;

import java.util.List;
import java.util.Optional;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.analysis.Token;

/** Places a clause that no rule covers: the category of need it calls for, and how sure that is. */
public interface CategoryClassifier {

    Placement place(List<Token> clause);

    /**
     * @param sure the category when the model is sure enough and it is a need category
     * @param guess the model's best category when that is a need category (not "none"), however sure
     */
    record Placement(Optional<Category> sure, Optional<Category> guess) {

        static final Placement NOTHING = new Placement(Optional.empty(), Optional.empty());

    }

}
