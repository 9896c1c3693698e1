package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import nl.hgw.bot.Activities;
import nl.hgw.bot.BotFrameworkStub;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With MONGODB_URI pointing at nothing the bot still starts, reports DOWN, and tells a
 * teacher plainly that it cannot save now (no stack trace, nothing of the message logged).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"MicrosoftAppId=", "hgw.mongodb.timeout=300ms"})
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class MongoHealthDownTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void unreachableMongo(DynamicPropertyRegistry registry) throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        String uri = "mongodb://127.0.0.1:" + freePort + "/?connectTimeoutMS=300";
        registry.add("hgw.mongodb.uri", () -> uri);
    }

    @Test
    void healthIsDownWhenMongoDoesNotAnswer() {
        var health = Activities.get(port, "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"").doesNotContain("Exception");
    }

    @Test
    void aTeacherIsToldTheBotCannotSaveNowAndNothingOfTheMessageIsLogged(
            org.springframework.boot.test.system.CapturedOutput output) {
        BotFrameworkStub stub = BotFrameworkStub.instance();
        String conversation = "down-" + UUID.randomUUID();
        String note = "Joost pikt de uitleg niet op 5c1e";

        var response = Activities.post(port, Activities.message(conversation, "webchat", stub.serviceUrl(), note)
            .toString(), null);

        assertThat(response.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> !stub.repliesTo(conversation).isEmpty());
        assertThat(stub.repliesTo(conversation).get(0).getBodyAsString())
            .contains("Ik kan je gegevens nu niet opslaan; probeer het zo nog eens")
            .doesNotContain("Exception");
        assertThat(output.getAll()).doesNotContain("5c1e");
    }
}
