package nl.hgw.nlp.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A classifier that places every fragment with the parents is believed only where the sentence names home. */
class ParentsCategoryTest {

    private static LanguageReformulator engine;

    @BeforeAll
    static void load() {
        TextAnalyzer analyzer = Reformulator.dutchAnalyzer();
        Lexicon lexicon = Lexicon.builtIn(Language.DUTCH);
        CategoryClassifier alwaysParents = clause -> new CategoryClassifier.Placement(Optional.of(Category.PARENTS),
            Optional.of(Category.PARENTS));
        engine = new LanguageReformulator(analyzer, lexicon, new DutchPurposeClause(analyzer, lexicon), alwaysParents);
    }

    @Test
    void aFragmentThatDoesNotNameHomeGetsNoParentsNeed() {
        Reformulation out = engine.reformulate("Sem zit te wachten tot ik klaar ben.", "zelfstandig doorwerken", "Sem");

        assertThat(out.needs()).isNotEmpty().noneMatch(n -> n.category().equals("parents"));
    }

    @Test
    void aSentenceThatNamesHomeKeepsTheParentsNeed() {
        Reformulation out = engine.reformulate("Sem zit thuis de hele avond te wachten.", "zelfstandig doorwerken", "Sem");

        assertThat(out.needs()).extracting(Reformulation.Need::category).contains("parents");
    }
}
