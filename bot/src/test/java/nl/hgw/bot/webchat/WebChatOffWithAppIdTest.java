package nl.hgw.bot.webchat;

import static nl.hgw.bot.BotFrameworkStub.APP_ID;
import static nl.hgw.bot.BotFrameworkStub.APP_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With an app id the bot faces the internet: there is no try-out page, and {@code /} says nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "MicrosoftAppId=" + APP_ID, "MicrosoftAppPassword=" + APP_PASSWORD, "server.address=127.0.0.1"})
class WebChatOffWithAppIdTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-webchat-off")::toString);
    }

    @Test
    void theRootIsNotFoundAndRevealsNothing() throws Exception {
        for (String path : new String[] {"/", "/index.html", "/webchat/index.html"}) {
            HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "text/html").GET()
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("hgw").doesNotContainIgnoringCase("webchat")
                .doesNotContainIgnoringCase("bot");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isEmpty();
        }
    }

    @Test
    void thePageControllerDoesNotExist() {
        assertThat(context.getBeanNamesForType(WebChatController.class)).isEmpty();
    }
}
