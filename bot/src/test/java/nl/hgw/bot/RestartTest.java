package nl.hgw.bot;

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
 * The bot's memory is in MongoDB, not in the JVM: stop the application in the middle of a
 * conversation, start it again on the same data directory, and it carries on. Runs in
 * local mode, as {@code java -jar hgw-bot.jar} does on a laptop.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestartTest {

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    @TempDir
    Path dataDir;

    @Test
    void aConversationContinuesWhereItWasAfterARestart(CapturedOutput output) throws Exception {
        String conversation = "restart-" + UUID.randomUUID();

        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            assertThat(dataDir.resolve("hgw-mongo.mv")).exists();
            post(first, Activities.conversationUpdate(conversation, "webchat", STUB.serviceUrl()).toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> replies(conversation).size() == 2);
            assertThat(texts(conversation)).anySatisfy(text -> assertThat(text).startsWith("Om je zo goed mogelijk"));
        }

        try (ConfigurableApplicationContext second = start()) {
            post(second, Activities.message(conversation, "webchat", STUB.serviceUrl(), "IB/KC").toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> replies(conversation).size() == 4);
            List<JsonNode> afterRestart = replies(conversation).subList(2, 4);
            assertThat(afterRestart).as("the role prompt is answered, no new welcome")
                .anySatisfy(reply -> assertThat(reply.path("text").asText())
                    .startsWith("Dank je! Voor IB'ers en KC'ers"))
                .anySatisfy(reply -> assertThat(firstTask(reply)).isEqualTo("1. Een verslag herformuleren"));
        }

        String another = "restart-" + UUID.randomUUID();
        try (ConfigurableApplicationContext third = start()) {
            post(third, Activities.conversationUpdate(another, "webchat", STUB.serviceUrl()).toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> replies(another).size() == 1);
            assertThat(replies(another).get(0).path("text").asText())
                .as("the user's role survived too: reports first, no role question")
                .contains("1. **Een verslag herformuleren**");
        }

        assertThat(output.getAll().split("LOCAL MODE", -1)).as("one local-mode warning per start").hasSize(4);
        assertThat(output.getAll()).doesNotContain("IB/KC\"");
    }

    private ConfigurableApplicationContext start() {
        // command-line arguments: they outrank application.yml, as on a real command line
        return new SpringApplicationBuilder(HgwBotApplication.class)
            .run("--server.port=0", "--hgw.data-dir=" + dataDir, "--MicrosoftAppId=", "--hgw.mongodb.uri=");
    }

    private static void post(ConfigurableApplicationContext context, String activity) {
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        assertThat(Activities.post(port, activity, null).statusCode()).isEqualTo(202);
    }

    /** Replies in the order they reached the Connector. */
    private static List<JsonNode> replies(String conversation) {
        return Replies.of(STUB, conversation);
    }

    private static List<String> texts(String conversation) {
        return replies(conversation).stream().map(reply -> reply.path("text").asText()).toList();
    }

    private static String firstTask(JsonNode reply) {
        return reply.path("attachments").path(0).path("content").path("body").path(2).path("items").path(0)
            .path("text").asText();
    }
}
