package nl.hgw.dialogs.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.hgw.dialogs.Messages;
import nl.hgw.nlp.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every card, in every language, is filled in completely and its inputs and buttons are consistent. */
class CardsTest {

    static List<Messages> languages() {
        return Messages.SUPPORTED.stream().map(Messages::of).toList();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theNeedsCardWithLabelsStrengthsQuestionsAndFlags(Messages messages) {
        PupilDraft draft = draft();
        draft.labels.add(new DraftLabel("ADHD", "Wat zie en hoor je?"));
        draft.strengths.add("energiek");
        draft.questions.add("Wat hebben de ouders nodig?");
        draft.needs.get(0).labels.add("ADHD");
        JsonNode card = new NeedsCard(Engines.shared()).card(draft, messages);

        assertComplete(card, "needs");
        assertThat(Cards.inputs(card)).containsKeys("observation", "new.category", "new.text",
            "need.1.text", "need.1.keep", "need.2.text", "need.2.keep");
        assertThat(card.toString()).contains("\"style\":\"attention\"", "\"style\":\"good\"");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theNeedsCardWithoutNeedsSaysSo(Messages messages) {
        PupilDraft draft = draft();
        draft.needs.clear();
        JsonNode card = new NeedsCard(Engines.shared()).card(draft, messages);

        assertComplete(card, "needs");
        assertThat(Cards.texts(card)).contains(messages.text("needs.none"));
        assertThat(card.toString()).as("empty containers are left out").doesNotContain("\"items\":[]");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theReachAndSupportCards(Messages messages) {
        JsonNode reach = new ReachCard().card(draft(), messages);
        assertComplete(reach, "reach");
        assertThat(Cards.inputs(reach)).containsOnlyKeys("reach.1", "reach.2");
        assertThat(reach.toString()).contains("\"value\":\"individual\"");

        JsonNode support = new SupportCard().card(draft(), messages);
        assertComplete(support, "support");
        assertThat(Cards.inputs(support)).containsOnlyKeys("support.kinds", "support.text");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theSummaryCard(Messages messages) {
        PupilPlan plan = new PupilPlan("Joost", "de instructie volgen", draft().plan().needs(), List.of("energiek"),
            new TeacherSupport(List.of(SupportKind.COLLEAGUE), "20 minuten"), "a", "a", Instant.EPOCH, Instant.EPOCH);
        JsonNode card = new PupilCard().card(plan, messages);
        assertThat(card.toString()).doesNotContain("${");
        assertThat(Cards.texts(card)).contains("Joost", messages.text("category.instruction"),
            messages.text("category.parents"));
    }

    private static void assertComplete(JsonNode card, String kind) {
        assertThat(card.toString()).doesNotContain("${");
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        List<String> ids = new ArrayList<>(Cards.inputs(card).keySet());
        assertThat(new HashSet<>(ids)).as("input ids are unique").hasSameSizeAs(ids);
        for (JsonNode button : card.path("actions")) {
            assertThat(button.path("data").path(CardPrompt.CARD).asText()).isEqualTo(kind);
        }
    }

    private static PupilDraft draft() {
        PupilDraft draft = new PupilDraft();
        draft.pupil = "Joost";
        draft.goal = "de instructie volgen";
        draft.addNeed(Category.PARENTS.id(), "Joost heeft ouders nodig die een herinnering krijgen.", "ouders zijn druk");
        draft.addNeed(Category.INSTRUCTION.id(), "Joost heeft korte instructie nodig.", "pikt de uitleg niet op");
        return draft;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyCategoryChoiceAndSupportKindHasItsWords(Messages messages) {
        Set<String> seen = new HashSet<>();
        for (Category category : Category.values()) {
            assertThat(messages.text("category." + category.id())).isNotBlank();
            assertThat(messages.list("category." + category.id() + ".synonyms")).isNotEmpty();
        }
        for (Reach reach : Reach.values()) {
            for (String word : messages.list("reach." + reach.id() + ".synonyms")) {
                assertThat(seen.add(word.toLowerCase(Locale.ROOT))).as("'%s' names one choice only", word).isTrue();
            }
        }
        for (SupportKind kind : SupportKind.values()) {
            assertThat(messages.text("support." + kind.id())).isNotBlank();
            assertThat(messages.list("support." + kind.id() + ".synonyms")).isNotEmpty();
        }
    }
}
