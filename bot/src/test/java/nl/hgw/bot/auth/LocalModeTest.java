package nl.hgw.bot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import nl.hgw.bot.Activities;
import nl.hgw.bot.BotFrameworkStub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** No MicrosoftAppId: no authentication needed, but loopback only and bad tokens still refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"MicrosoftAppId=", "server.address=0.0.0.0"})
class LocalModeTest {

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-local")::toString);
    }

    @Test
    void listensOnLoopbackOnlyWhateverServerAddressSays() {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void answersWithoutAToken() {
        String conversation = "local-" + UUID.randomUUID();

        int status = Activities.post(port,
            Activities.message(conversation, "emulator", STUB.serviceUrl(), "hallo").toString(), null).statusCode();

        assertThat(status).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> STUB.repliesTo(conversation).size() == 2);
        assertThat(STUB.repliesTo(conversation)).allSatisfy(reply ->
            assertThat(reply.containsHeader("Authorization")).as("no token without app id").isFalse());
    }

    @Test
    void stillRefusesATokenThatIsPresentButBad() {
        String conversation = "local-" + UUID.randomUUID();

        int notAJwt = Activities.post(port, Activities.message(conversation, "emulator", STUB.serviceUrl(), "hallo")
            .toString(), "Bearer abc.def.ghi").statusCode();
        int forAnotherBot = Activities.post(port, Activities.message(conversation, "emulator", STUB.serviceUrl(), "hallo")
            .toString(), "Bearer " + STUB.token(STUB.serviceUrl())).statusCode();

        assertThat(notAJwt).isEqualTo(401);
        assertThat(forAnotherBot).isEqualTo(401);
        assertThat(STUB.repliesTo(conversation)).isEmpty();
    }
}
