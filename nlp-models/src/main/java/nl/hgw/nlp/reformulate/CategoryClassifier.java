package nl.hgw.nlp.reformulate;

import java.util.List;
import java.util.Optional;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.analysis.Token;

/** Places a clause that no rule covers: the category of need it calls for, or empty when it is no deficit. */
public interface CategoryClassifier {

	Optional<Category> categorize(List<Token> clause);

	/** The most likely need category whatever the confidence ("none" left out). */
	Optional<Category> guess(List<Token> clause);

	/** For a language without a trained model: never guesses. */
	static CategoryClassifier none() {
		return new CategoryClassifier() {
			@Override
			public Optional<Category> categorize(List<Token> clause) {
				return Optional.empty();
			}

			@Override
			public Optional<Category> guess(List<Token> clause) {
				return Optional.empty();
			}
		};
	}

}
