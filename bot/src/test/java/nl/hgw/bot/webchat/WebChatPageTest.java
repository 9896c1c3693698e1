package nl.hgw.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Local mode: {@code /} is the try-out page, with the configured Web Chat URL and a strict policy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "MicrosoftAppId=", "hgw.webchat.script-url=https://webchat.school.example/v4/webchat.js?a=1&b='2'"})
class WebChatPageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-webchat-page")::toString);
    }

    @Test
    void servesThePageWithTheConfiguredWebChatScript() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.body())
            .contains("<title>HGW-assistent – lokaal uitproberen</title>")
            .contains("alleen met de bot op deze computer")
            .contains("<script src=\"https://webchat.school.example/v4/webchat.js?a=1&amp;b=&#39;2&#39;\"></script>")
            .contains("deliveryMode: 'expectReplies'")
            .contains("endpoint: '/api/messages'")
            .doesNotContain("{{");
    }

    @Test
    void allowsScriptsFromTheWebChatOriginOnlyAndConnectionsToThisServerOnly() throws Exception {
        HttpResponse<String> first = get("/");
        HttpResponse<String> second = get("/");

        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).startsWith("default-src 'none'; ")
            .contains(" https://webchat.school.example; ")
            .contains("connect-src 'self';")
            .doesNotContain("unsafe-eval");
        String nonce = policy.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        assertThat(first.body()).contains("<script nonce=\"" + nonce + "\">");
        assertThat(second.headers().firstValue("Content-Security-Policy").orElseThrow())
            .as("a new nonce for every page").doesNotContain(nonce);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(first.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void theTemplateIsNotServedAsAFile() throws Exception {
        assertThat(get("/webchat/index.html").statusCode()).isEqualTo(404);
        assertThat(get("/index.html").statusCode()).isEqualTo(404);
    }

    @Test
    void theScriptUrlMustBeAnAbsoluteHttpUrl() {
        assertThat(WebChatController.origin("https://CDN.botframework.com/botframework-webchat/latest/webchat.js"))
            .isEqualTo("https://cdn.botframework.com");
        assertThat(WebChatController.origin("http://127.0.0.1:8123/webchat.js")).isEqualTo("http://127.0.0.1:8123");
        for (String bad : new String[] {"", "/webchat.js", "webchat.js", "javascript:alert(1)", "file:///tmp/webchat.js",
            "https://user:pw@cdn.example/webchat.js", "https://cdn.example/web chat.js"}) {
            assertThatThrownBy(() -> WebChatController.origin(bad)).as(bad)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HGW_WEBCHAT_SCRIPT_URL");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
