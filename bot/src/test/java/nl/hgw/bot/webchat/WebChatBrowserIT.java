package nl.hgw.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The try-out page in a real browser: Debian's Chromium (headless), driven by playwright-core
 * (chat.mjs in src/test/webchat), talks to the bot started here in local mode. A teacher answers
 * the role question, writes a note about Joost and the goal; the needs card must appear as an
 * Adaptive Card, and its "Klaar, verder" button must reach the bot. Web Chat's own script comes
 * from the npm copy that the build installed beside chat.mjs, served by a tiny HTTP server here:
 * no CDN, nothing leaves the machine.
 *
 * <p>Needs node and npm (the build's {@code webchat-install} step) and {@code /usr/bin/chromium}.
 * When Chromium is missing the test installs it with apt-get; if that fails, it is skipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "MicrosoftAppId=")
class WebChatBrowserIT {

    private static final Path WEBCHAT_DIR = Path.of(System.getProperty("hgw.webchat.dir", "target/webchat"));

    private static final Path SCREENSHOT =
        Path.of(System.getProperty("hgw.webchat.screenshot", "target/webchat-needs-card.png"));

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    /** Another Chromium can be named with -Dhgw.webchat.chromium=…; only Debian's is installed when missing. */
    private static final Path CHROMIUM = Path.of(System.getProperty("hgw.webchat.chromium", DEBIAN_CHROMIUM.toString()));

    private static final Path WEBCHAT_JS = WEBCHAT_DIR.resolve("node_modules/botframework-webchat/dist/webchat.js");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final AtomicInteger SCRIPT_REQUESTS = new AtomicInteger();

    private static HttpServer scriptServer;

    @LocalServerPort
    int port;

    @BeforeAll
    static void browserAndWebChatAreThere() throws Exception {
        assertThat(WEBCHAT_DIR.resolve("node_modules/playwright-core")).as(
            "the npm install of src/test/webchat into %s (exec-maven-plugin, pre-integration-test) ran", WEBCHAT_DIR)
            .isDirectory();
        assertThat(WEBCHAT_JS).isRegularFile();
        if (!Files.isExecutable(CHROMIUM) && CHROMIUM.equals(DEBIAN_CHROMIUM)) {
            installChromium();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-webchat-browser")::toString);
        registry.add("hgw.webchat.script-url", WebChatBrowserIT::localWebChatScript);
    }

    @AfterAll
    static void stopScriptServer() {
        if (scriptServer != null) {
            scriptServer.stop(0);
        }
    }

    @Test
    void aTeacherGetsTheNeedsCardInWebChat() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            String reason = "SKIPPED the browser test: no " + CHROMIUM + ", and `apt-get install chromium` did not provide"
                + " it (see " + WEBCHAT_DIR.resolve("apt-get.log") + "). Install Debian's chromium package to run it.";
            System.out.println("WebChatBrowserIT: " + reason);
            assumeTrue(false, reason);
        }
        Files.deleteIfExists(SCREENSHOT);
        long started = System.nanoTime();

        Chat chat = chat("http://127.0.0.1:" + port + "/");

        System.out.printf("chat.mjs (%.1f s):%n%s", (System.nanoTime() - started) / 1e9, chat.output());
        assertThat(chat.exitCode()).as(chat.output()).isZero();
        assertThat(chat.output()).contains(
            "welcome and role question shown",
            "role answered with the suggested action; overview card shown",
            "note sent; the bot asks for the goal",
            "goal sent; needs card rendered",
            "\"Klaar, verder\" submitted; reach card rendered");

        assertThat(SCREENSHOT).isRegularFile();
        assertThat(Files.size(SCREENSHOT)).as("screenshot bytes").isGreaterThan(20_000);
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(1200);
        assertThat(distinctColours(image)).as("a rendered page, not a blank one").isGreaterThan(200);

        JsonNode result = chat.result();
        List<String> requests = new ArrayList<>();
        result.path("requests").forEach(request -> requests.add(request.asText()));
        assertThat(requests).as("the page talked to the bot and the local Web Chat copy only")
            .allSatisfy(request -> assertThat(request).matches("(GET|POST) (blob:)?http://127\\.0\\.0\\.1:\\d+/.*"))
            .anySatisfy(request -> assertThat(request).isEqualTo("POST http://127.0.0.1:" + port + "/api/messages"));
        assertThat(SCRIPT_REQUESTS.get()).as("webchat.js came from the local copy").isPositive();
        assertThat(result.path("cspViolations")).as("Content-Security-Policy violations").isEmpty();
        assertThat(result.path("consoleErrors")).as("errors in the browser console").isEmpty();
    }

    /** Serves the npm copy of Web Chat's bundle, so the test needs no CDN. */
    private static synchronized String localWebChatScript() {
        if (scriptServer == null) {
            try {
                scriptServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            scriptServer.createContext("/webchat.js", exchange -> {
                SCRIPT_REQUESTS.incrementAndGet();
                byte[] script = Files.readAllBytes(WEBCHAT_JS);
                exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
                exchange.sendResponseHeaders(200, script.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(script);
                }
            });
            scriptServer.start();
        }
        return "http://127.0.0.1:" + scriptServer.getAddress().getPort() + "/webchat.js";
    }

    private static Chat chat(String pageUrl) throws IOException, InterruptedException {
        Path script = WEBCHAT_DIR.resolve("chat.mjs");
        ProcessBuilder node = new ProcessBuilder("node", script.toAbsolutePath().toString(), pageUrl,
            SCREENSHOT.toAbsolutePath().toString(), CHROMIUM.toString())
            .directory(WEBCHAT_DIR.toFile())
            .redirectErrorStream(true);
        node.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process process;
        try {
            process = node.start();
        } catch (IOException e) {
            throw new IOException("node (20 or later) must be on the PATH for the browser test", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chat.mjs did not finish in 120 s:\n" + output);
        }
        return new Chat(process.exitValue(), output);
    }

    /** Debian's package, as root on CI; anything that goes wrong is logged and ends in a skip. */
    private static void installChromium() throws IOException, InterruptedException {
        Path log = WEBCHAT_DIR.resolve("apt-get.log");
        System.out.println("WebChatBrowserIT: " + CHROMIUM + " is missing; installing Debian's chromium (log: " + log + ")");
        try {
            ProcessBuilder apt = new ProcessBuilder("sh", "-c",
                "apt-get update && apt-get install -y --no-install-recommends chromium")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
            apt.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = apt.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                System.out.println("WebChatBrowserIT: apt-get took longer than 15 minutes; stopped");
            }
        } catch (IOException e) {
            Files.writeString(log, "could not run apt-get: " + e + "\n");
        }
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private record Chat(int exitCode, String output) {

        JsonNode result() throws IOException {
            String line = output.lines().filter(l -> l.startsWith("RESULT ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("chat.mjs printed no RESULT line:\n" + output));
            return JSON.readTree(line.substring("RESULT ".length()));
        }
    }
}
