package nl.hgw.nlp.reformulate;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.Role;
import nl.hgw.nlp.lexicon.DeficitRule;
import nl.hgw.nlp.lexicon.Lexicon;

/**
 * Where the classifier puts a fragment no rule covers, within what the text allows: the parents'
 * category only where the sentence names the parents or home, the parents' or the teacher's own
 * category for what is written about them, and the fall-back phrasings for that category (the
 * teacher's own support needs when the teacher writes about themself).
 */
final class ModelPlacement {

    private final CategoryClassifier classifier;

    private final Lexicon lexicon;

    ModelPlacement(CategoryClassifier classifier, Lexicon lexicon) {
        this.classifier = classifier;
        this.lexicon = lexicon;
    }

    /**
     * The classifier's placement; "Ilyas zit te wachten zodra ik …" is no matter for his parents,
     * whatever the model's words suggested: without the parents or home in the sentence a parents
     * placement counts as a guess in the default category.
     */
    CategoryClassifier.Placement place(Clause clause, boolean homeInSentence) {
        CategoryClassifier.Placement placed = this.classifier.place(clause.tokens());
        boolean parents = placed.guess().filter(Category.PARENTS::equals).isPresent();
        if (!parents || homeInSentence || clause.role() == Role.PARENTS) {
            return placed;
        }
        return new CategoryClassifier.Placement(Optional.empty(), Optional.of(Category.TASKS_ENVIRONMENT));
    }

    /** The classifier's placement without the sentence's context (a characterisation read again). */
    CategoryClassifier.Placement place(Clause clause) {
        return this.classifier.place(clause.tokens());
    }

    /** The fall-back rule for the category the clause calls for. */
    DeficitRule ruleFor(Clause clause, Category placed) {
        Category category = byRole(clause, placed);
        List<DeficitRule.Phrasing> needs = clause.role() == Role.TEACHER ? this.lexicon.ownFallbackNeeds(category)
            : this.lexicon.fallbackNeeds(category);
        return new DeficitRule("model:" + category.id(), category, Set.of(Role.values()), null, needs, List.of(),
                "classifier");
    }

    /** What is written about the parents or the teacher calls for their need, whatever the model guessed. */
    private static Category byRole(Clause clause, Category guessed) {
        return switch (clause.role()) {
            case PARENTS -> Category.PARENTS;
            case TEACHER -> Category.TEACHER;
            default -> guessed;
        };
    }
}
