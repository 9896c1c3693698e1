package nl.hgw.dialogs.spiegel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import nl.hgw.dialogs.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrinciplesTest {

    /** The seven principles of HGW.md, in the 2025 order. */
    private static final List<String> ORDER_2025 =
        List.of("goals", "interaction", "needs", "teachers_parents", "positive", "collaboration", "systematic");

    @Test
    void everyLanguageHasTheSevenPrinciplesInThe2025Order() {
        for (Locale locale : Messages.SUPPORTED) {
            assertThat(Principles.load(locale).all()).extracting(Principle::id).as("principles.%s.txt", locale)
                .containsExactlyElementsOf(ORDER_2025);
        }
    }

    @Test
    void everyPrincipleHasAnExplanationThreeQuestionsAndExamplesInEveryLanguage() {
        for (Locale locale : Messages.SUPPORTED) {
            for (Principle principle : Principles.load(locale).all()) {
                String where = principle.id() + " in " + locale;
                assertThat(principle.name()).as(where).isNotBlank();
                assertThat(principle.explanation()).as(where).hasSizeGreaterThan(80);
                assertThat(principle.words()).as(where).isNotEmpty();
                for (Feed feed : Feed.values()) {
                    Principle.Question question = principle.question(feed);
                    assertThat(question).as("%s %s", where, feed).isNotNull();
                    assertThat(question.text()).as("%s %s", where, feed).endsWith("?");
                    assertThat(question.examples()).as("%s %s", where, feed).hasSizeBetween(1, 2)
                        .allSatisfy(example -> assertThat(example).isNotBlank());
                }
            }
        }
    }

    @Test
    void theSecondPrincipleSuggestsDrawingTheCircle() {
        assertThat(Principles.load(Messages.DUTCH).byId("interaction").orElseThrow().question(Feed.FEED_UP).examples())
            .anySatisfy(example -> assertThat(example).contains("tekenen we de cirkel"));
        assertThat(Principles.load(Messages.ENGLISH).byId("interaction").orElseThrow().question(Feed.FEED_UP)
            .examples()).anySatisfy(example -> assertThat(example).contains("draw the circle"));
    }

    @Test
    void aWordChoosesOnlyOnePrinciple() {
        for (Locale locale : Messages.SUPPORTED) {
            Principles principles = Principles.load(locale);
            for (Principle principle : principles.all()) {
                for (String word : principle.words()) {
                    assertThat(principles.typed(word)).as("'%s' in %s", word, locale).contains(principle);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, goals", "2, interaction", "7, systematic", "Wisselwerking, interaction", "sterke kanten, positive",
        "samenwerken., collaboration", "Onderwijs- en opvoedbehoeften, needs"})
    void readsANumberOrANameAsTyped(String typed, String id) {
        assertThat(Principles.load(Messages.DUTCH).typed(typed)).map(Principle::id).contains(id);
    }

    @ParameterizedTest
    @CsvSource({"0", "8", "iets anders", "''"})
    void anythingElseIsNoPrinciple(String typed) {
        assertThat(Principles.load(Messages.DUTCH).typed(typed)).isEmpty();
    }

    @Test
    void aMalformedFileNamesTheFileAndLine() {
        assertThatThrownBy(() -> Principles.load("broken-principles.txt"))
            .hasMessageContaining("broken-principles.txt:4");
        assertThatThrownBy(() -> Principles.load("missing-example.txt"))
            .hasMessageContaining("[goals] needs one or two feed_back.example");
        assertThatThrownBy(() -> Principles.load("nowhere.txt")).hasMessageContaining("missing");
    }
}
