package nl.hgw.nlp.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.lexicon.RuleBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NeedKindsTest {

    private static final String GOAL = "de rekeninstructie volgen en daarna zelfstandig aan de slag gaan";

    private static NeedKinds kinds;

    @BeforeAll
    static void load() {
        kinds = NeedKinds.load();
    }

    static Stream<Arguments> filePairs() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : Language.values()) {
            RuleBlock block = NeedKinds.load().rules(language);
            block.all("example").forEach(pair -> all.add(Arguments.of(language, pair, true)));
            block.all("counter").forEach(pair -> all.add(Arguments.of(language, pair, false)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1} -> same kind {2}")
    @MethodSource("filePairs")
    void theKindsFilesOwnExamplesHold(Language language, String pair, boolean same) {
        String[] needs = pair.split("\\|");
        assertThat(needs).as("a pair 'need | need': %s", pair).hasSize(2);
        NeedKey a = key("instruction", needs[0].strip(), "", "", language);
        NeedKey b = key("instruction", needs[1].strip(), "", "", language);
        assertThat(kinds.sameKind(a, b)).as("%s / %s (key words %s and %s)", needs[0], needs[1], a.words(), b.words())
            .isEqualTo(same);
    }

    @Nested
    class ThePhrase {

        @Test
        void leavesOutThePupilTheFrameAndTheGoal() {
            NeedKey key = key("instruction", "Joost heeft korte instructie in kleine stappen nodig, met een voorbeeld "
                + "dat de leerkracht hardop voordoet, om de rekeninstructie te volgen en daarna zelfstandig aan de slag "
                + "te gaan.", "instructie-niet-oppikken", GOAL, Language.DUTCH);
            assertThat(key.phrase()).isEqualTo(
                "korte instructie in kleine stappen, met een voorbeeld dat de leerkracht hardop voordoet");
            assertThat(key.words()).contains("kort", "instructie", "klein", "stap", "voorbeeld", "leerkracht")
                .doesNotContain("joost", "rekeninstructie", "volgen", "slag", "nodig", "de", "een");
            assertThat(key.rule()).isEqualTo("instructie-niet-oppikken");
        }

        @Test
        void keepsAnOmThatBelongsToTheNeedAndCutsTheOneOfTheGoal() {
            NeedKey key = key("peers", "Sem heeft een vaste klasgenoot om mee samen te werken nodig, om zelfstandig "
                + "aan de slag te gaan.", "", "zelfstandig aan de slag gaan", Language.DUTCH);
            assertThat(key.phrase()).isEqualTo("een vaste klasgenoot om mee samen te werken");
        }

        @Test
        void readsParentsAndEnglishNeedsAndAZodatGoal() {
            assertThat(key("parents", "De ouders van Juul hebben een herinnering een dag van tevoren nodig, zodat zij "
                + "op de bespreking komen.", "", "op de bespreking komen", Language.DUTCH).phrase())
                .isEqualTo("een herinnering een dag van tevoren");
            NeedKey english = key("teacher", "Joost needs a teacher who applies the rules consistently, to follow the "
                + "maths instruction.", "", "follow the maths instruction", Language.DUTCH);
            assertThat(english.phrase()).as("the frame says English").isEqualTo("a teacher who applies the rules consistently");
            assertThat(english.words()).contains("teacher", "apply", "rule", "consistently").doesNotContain("maths");
        }

        @Test
        void aNeedInTheTeachersOwnWordsLosesOnlyThePupil() {
            NeedKey key = kinds.key(new NeedText("peers", "Een maatje voor Fatima bij het rekenen", "", "Fatima", ""),
                Language.DUTCH);
            assertThat(key.phrase()).isEqualTo("Een maatje voor bij het rekenen");
            assertThat(key.words()).doesNotContain("fatima");
        }
    }

    @Nested
    class SameKind {

        @Test
        void theSameRuleForTwoPupilsWithOtherGoalsIsOneKind() {
            NeedKey joost = key("instruction", "Joost heeft korte instructie in kleine stappen nodig om de "
                + "rekeninstructie te volgen.", "instructie-niet-oppikken", "de rekeninstructie volgen", Language.DUTCH);
            NeedKey emma = key("instruction", "Emma heeft korte instructie in kleine stappen nodig om zelfstandig een "
                + "tekst te lezen.", "instructie-niet-oppikken", "zelfstandig een tekst lezen", Language.DUTCH);
            assertThat(kinds.sameKind(joost, emma)).isTrue();
        }

        @Test
        void otherCategoriesAndOtherRulesAreOtherKinds() {
            NeedKey instruction = key("instruction", "Joost heeft korte instructie nodig.", "a", "", Language.DUTCH);
            assertThat(kinds.sameKind(instruction, key("feedback", "Joost heeft korte instructie nodig.", "a", "",
                Language.DUTCH))).isFalse();
            assertThat(kinds.sameKind(instruction, key("instruction", "Emma heeft uitleg met een plaatje nodig.", "b",
                "", Language.DUTCH))).isFalse();
        }

        @Test
        void aRuleTheEngineDidNotWriteAsAKindIsNotKept() {
            assertThat(NeedKinds.namesAKind("instructie-niet-oppikken")).isTrue();
            assertThat(NeedKinds.namesAKind("model:instruction")).isFalse();
            assertThat(NeedKinds.namesAKind("needs:nodig")).isFalse();
            assertThat(NeedKinds.namesAKind("model:feedback?")).isFalse();
            assertThat(NeedKinds.namesAKind("")).isFalse();
            assertThat(key("instruction", "Joost heeft uitleg nodig.", "model:instruction", "", Language.DUTCH).rule())
                .isEmpty();
        }
    }

    @Test
    void groupsAreTheSameForTheSameNeedsAndFollowTheFirstNeed() {
        List<NeedKey> keys = List.of(
            key("instruction", "Anna heeft korte instructie met een plaatje nodig.", "", "", Language.DUTCH),
            key("tasks_environment", "Anna heeft een rustige werkplek nodig.", "", "", Language.DUTCH),
            key("instruction", "Bram heeft een korte instructie met plaatjes nodig.", "", "", Language.DUTCH),
            key("tasks_environment", "Cas heeft een rustige werkplek nodig om te lezen.", "", "lezen", Language.DUTCH),
            key("parents", "De ouders van Cas hebben een herinnering nodig.", "", "", Language.DUTCH));
        List<List<Integer>> groups = kinds.group(keys);
        assertThat(groups).containsExactly(List.of(0, 2), List.of(1, 3), List.of(4));
        assertThat(kinds.group(keys)).isEqualTo(groups);
    }

    private static NeedKey key(String category, String text, String rule, String goal, Language language) {
        String pupil = text.split("\\s+")[0];
        return kinds.key(new NeedText(category, text, rule, pupil, goal), language);
    }
}
