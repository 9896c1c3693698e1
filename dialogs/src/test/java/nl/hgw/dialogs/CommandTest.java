package nl.hgw.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandTest {

    @ParameterizedTest(name = "\"{0}\" -> {1} \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "toon Joost | SHOW | Joost",
        "groepsoverzicht | GROUP_OVERVIEW | ''",
        "Groep | GROUP_OVERVIEW | ''",
        "group overview | GROUP_OVERVIEW | ''",
        "verplaats 3 naar 2 | GROUP_MOVE | 3 naar 2",
        "verplaats Emma de Vries naar oor intensief | GROUP_MOVE | Emma de Vries naar oor intensief",
        "move Anna to deepened | GROUP_MOVE | Anna to deepened",
        "hernoem cirkel 1 Rekengroep | GROUP_RENAME | 1 Rekengroep",
        "rename circle 2 Maths group | GROUP_RENAME | 2 Maths group",
        "exporteer groep | GROUP_EXPORT | ''",
        "export group | GROUP_EXPORT | ''",
        "exporteer Joost | PUPIL_EXPORT | Joost",
        "export Emma de Vries | PUPIL_EXPORT | Emma de Vries",
        "exporteer spiegel 24-11-2026 | MIRROR_EXPORT | 24-11-2026",
        "Toon joost. | SHOW | joost",
        "show Emma de Vries | SHOW | Emma de Vries",
        "wijzig Joost | EDIT | Joost",
        "verwijder Joost | DELETE | Joost",
        "delete Joost! | DELETE | Joost",
        "nieuwe leerling | NEW_PUPIL | ''",
        "nieuwe leerling Fatima | NEW_PUPIL | Fatima",
        "new pupil | NEW_PUPIL | ''",
        "leerlingen | LIST | ''",
        "pupils | LIST | ''",
        "stop | CANCEL | ''",
        "Annuleer | CANCEL | ''",
        "terug | BACK | ''",
        "opslaan | SAVE | ''",
        "hulp | HELP | ''",
        "spiegel | MIRROR | ''",
        "HGW-spiegel | MIRROR | ''",
        "HGW spiegel | MIRROR | ''",
        "mirror | MIRROR | ''",
        "verder met de spiegel | MIRROR_CONTINUE | ''",
        "verder | MIRROR_CONTINUE | ''",
        "continue mirror | MIRROR_CONTINUE | ''",
        "spiegels | MIRRORS | ''",
        "mirrors | MIRRORS | ''",
        "herinneringen | REMINDERS | ''",
        "reminders | REMINDERS | ''",
        "toon spiegel 24-11-2026 | MIRROR_SHOW | 24-11-2026",
        "Toon  spiegel 24 november. | MIRROR_SHOW | 24 november",
        "toon spiegel | MIRROR_SHOW | ''",
        "show mirror 2026-11-24 | MIRROR_SHOW | 2026-11-24",
        "verwijder spiegel 24-11-2026 | MIRROR_DELETE | 24-11-2026",
        "delete mirror November 24 | MIRROR_DELETE | November 24",
        "exporteer spiegel vandaag | MIRROR_EXPORT | vandaag",
        "export mirror 2026-11-24 | MIRROR_EXPORT | 2026-11-24",
        "annuleer herinnering 15-12 | REMINDER_CANCEL | 15-12",
        "annuleer herinnering | REMINDER_CANCEL | ''",
        "cancel reminder | REMINDER_CANCEL | ''"})
    void readsTypedCommands(String text, Command command, String argument) {
        assertThat(Command.parse(text)).isEqualTo(new Command.Parsed(command, argument));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Toon heeft ADHD, pikt de uitleg slecht op.", "Joost heeft ADHD", "toon",
        "verwijder de opmerking over het gedrag van Joost in de klas", "stop maar met rennen, zei ik tegen Joost",
        "Verplaats Joost naar een rustige plek in de klas, hij wordt snel afgeleid",
        "Move him to the front of the class because he cannot see the board", "Hernoem de taak voor Joost"})
    void aNoteIsNoCommand(String text) {
        assertThat(Command.parse(text).command()).as(text).isEqualTo(Command.NONE);
    }

    @Test
    void toonSpiegelIsNoPupilCalledSpiegel() {
        assertThat(Command.parse("toon spiegel 24-11-2026").command()).isEqualTo(Command.MIRROR_SHOW);
        assertThat(Command.parse("toon Spiegelaar").command()).isEqualTo(Command.SHOW);
        assertThat(Command.parse("verwijder spiegelaar").command()).isEqualTo(Command.DELETE);
    }

    @Test
    void theHelpCardsButtonStartsTheSpiegel() {
        Activity submit = new Activity(ActivityTypes.MESSAGE);
        submit.setValue(Map.of(Command.CARD_FIELD, "mirror"));
        assertThat(Command.parse(submit).command()).isEqualTo(Command.MIRROR);
    }

    @Test
    void readsACommandFromACardSubmit() {
        Activity submit = new Activity(ActivityTypes.MESSAGE);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put(Command.CARD_FIELD, "edit");
        value.put(Command.CARD_PUPIL, "Joost");
        submit.setValue(value);
        assertThat(Command.parse(submit)).isEqualTo(new Command.Parsed(Command.EDIT, "Joost"));
    }

    @Test
    void thePupilCardsButtonIsTheEditCommand() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/nl/hgw/dialogs/pupil/pupil-card.json")) {
            JsonNode data = new ObjectMapper().readTree(in).path("card").path("actions").get(0).path("data");
            assertThat(data.path(Command.CARD_FIELD).asText()).isEqualTo(Command.EDIT.cardValue());
            assertThat(data.has(Command.CARD_PUPIL)).isTrue();
        }
    }
    /** Regression (fuzz): a malformed mention entity made the SDK throw or print the entity to stderr. */
    @Test
    void malformedMentionEntitiesAreSkippedQuietly() throws Exception {
        Activity activity = com.microsoft.bot.schema.Serialization.treeToValue(new ObjectMapper().readTree("""
            {"type": "message", "text": "<at>HGW-assistent</at> help Joost-7c1d",
             "recipient": {"id": "bot"},
             "entities": [null, {"text": "no type"}, {"type": "mention", "mentioned": "Joost-7c1d", "text": 5},
                          {"type": "mention", "mentioned": {"id": ["x"]}, "startIndex": "Joost-7c1d"},
                          {"type": "Mention", "mentioned": {"id": "bot"}, "text": "<at>HGW-assistent</at>"}]}
            """), Activity.class);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true));
        try {
            assertThat(Mentions.mentionsBot(activity)).isTrue();
            assertThat(Mentions.textWithoutMentions(activity)).isEqualTo("help Joost-7c1d");
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString()).doesNotContain("Joost-7c1d");
    }
}
