package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import nl.hgw.bot.Activities;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With MONGODB_URI pointing at nothing the bot still starts, and reports DOWN. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"MicrosoftAppId=", "hgw.mongodb.timeout=300ms"})
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
}
