package nl.hgw.bot;

import static nl.hgw.bot.Replies.card;
import static nl.hgw.bot.Replies.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole goal-first conversation over HTTP, with WireMock as the Bot Connector: from the
 * first note to the stored needs; then the application is restarted on the same data
 * directory and "toon Joost" shows them. Local mode, embedded MongoDB, as on a laptop.
 */
@ExtendWith(OutputCaptureExtension.class)
class PupilConversationEndToEndTest {

    static final String JOOST = "Joost heeft ADHD, ODD, gaat discussies aan, pikt instructies onvoldoende op, "
        + "ruzies in pauzes en op gang, ouders zijn erg druk, komen zelden op besprekingen op school.";

    static final String GOAL = "de rekeninstructie volgen en daarna zelfstandig aan de slag gaan";

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    @TempDir
    Path dataDir;

    @Test
    void fromTheFirstNoteToStoredNeedsThatSurviveARestart(CapturedOutput output) {
        String conversation = "e2e-" + UUID.randomUUID();

        try (ConfigurableApplicationContext first = start()) {
            say(first, conversation, JOOST);
            assertThat(reply(conversation, 1).path("text").asText()).as("a first message is welcomed")
                .startsWith("Hallo! Ik ben de HGW-assistent");
            assertThat(reply(conversation, 2).path("text").asText()).startsWith("Eerst het doel: wat wil je dat Joost");

            say(first, conversation, GOAL);
            JsonNode needsCard = card(reply(conversation, 3));
            assertThat(texts(needsCard)).contains("Onderwijsbehoeften van Joost", "Instructie/uitleg", "Ouders");

            Activities.accepted(first, Activities.cardSubmit(conversation, STUB.serviceUrl(), needsCard, "done"));
            JsonNode reachCard = card(reply(conversation, 4));
            assertThat(texts(reachCard)).contains("Hebben meer leerlingen dit nodig?");

            say(first, conversation, "1: intensief");
            assertThat(texts(card(reply(conversation, 5)))).contains("Wat heb jij zelf nodig om dit te bieden?");

            say(first, conversation, "3 en 4");
            assertThat(reply(conversation, 6).path("text").asText()).isEqualTo("Opgeslagen! Dit staat er nu voor Joost:");
            assertThat(texts(card(reply(conversation, 7)))).contains("Joost");
        }

        try (ConfigurableApplicationContext second = start()) {
            say(second, conversation, "toon Joost");
            List<String> shown = texts(card(reply(conversation, 8)));
            assertThat(shown.get(0)).isEqualTo("Joost");
            assertThat(shown).contains("Doel: " + GOAL, "Instructie/uitleg", "Ouders", "Wat de leerkracht nodig heeft",
                "materiaal, een collega")
                .anySatisfy(line -> assertThat(line).startsWith("• Joost heeft").endsWith("(subgroep intensief)"));
        }

        assertThat(output.getAll()).as("no pupil text in the log").doesNotContain("Joost").doesNotContain("ADHD")
            .doesNotContain("rekeninstructie");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HgwBotApplication.class)
            .run("--server.port=0", "--hgw.data-dir=" + dataDir, "--MicrosoftAppId=", "--hgw.mongodb.uri=");
    }

    private static void say(ConfigurableApplicationContext context, String conversation, String text) {
        Activities.accepted(context, Activities.message(conversation, "webchat", STUB.serviceUrl(), text));
    }


    /** The n-th reply (1-based) of the conversation, waiting for it to reach the Connector. */
    private static JsonNode reply(String conversation, int n) {
        await().atMost(Duration.ofSeconds(15)).until(() -> STUB.repliesTo(conversation).size() >= n);
        List<JsonNode> replies = Replies.of(STUB, conversation);
        return replies.get(n - 1);
    }
}
