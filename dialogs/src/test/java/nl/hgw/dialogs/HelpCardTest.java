package nl.hgw.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HelpCardTest {

    private final HelpCard card = new HelpCard();

    @ParameterizedTest
    @EnumSource(Role.class)
    void fillsEveryPlaceholder(Role role) {
        for (var locale : Messages.SUPPORTED) {
            String json = card.card(Messages.of(locale), role).toString();
            assertThat(json).as("card for %s in %s", role, locale).doesNotContain("${");
        }
    }

    @Test
    void listsTheTasksInTheOrderOfTheRole() {
        Messages dutch = Messages.of(Messages.DUTCH);
        assertThat(firstTaskTitle(card.card(dutch, Role.TEACHER))).isEqualTo("1. Een notitie over een leerling herformuleren");
        assertThat(firstTaskTitle(card.card(dutch, Role.CARE_COORDINATOR))).isEqualTo("1. Een verslag herformuleren");
        assertThat(firstTaskTitle(card.card(dutch, Role.OTHER))).isEqualTo("1. De HGW-spiegel met je team");
        assertThat(firstTaskTitle(card.card(dutch, null))).isEqualTo("1. Een notitie over een leerling herformuleren");
    }

    @Test
    void isAnAdaptiveCardWithARoleAction() {
        JsonNode json = card.card(Messages.of(Messages.ENGLISH), null);
        assertThat(json.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(json.path("actions").get(0).path("title").asText()).isEqualTo("Change my role");
        assertThat(json.path("actions").get(0).path("data").path(Command.CARD_FIELD).asText()).isEqualTo("role");
    }

    @Test
    void quotesInMessagesCannotBreakTheJson() {
        // the Dutch texts contain apostrophes and quotes; the tree stays one valid card
        JsonNode json = card.card(Messages.of(Messages.DUTCH), Role.TEACHER);
        assertThat(json.path("body").get(2).path("items").get(1).path("text").asText()).contains("'hij is druk");
    }

    static String firstTaskTitle(JsonNode card) {
        return card.path("body").get(2).path("items").get(0).path("text").asText();
    }
}
