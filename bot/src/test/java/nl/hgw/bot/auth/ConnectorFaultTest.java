package nl.hgw.bot.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.hgw.bot.Activities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Bot Connector (WireMock) that answers 429, 5xx or not at all: the bot sends each reply at most
 * {@code hgw.connector.attempts} (here 3) times with backoff, waits as long as {@code Retry-After}
 * asks (up to its maximum), delivers the reply when a resend gets through, answers the channel
 * 502 when none does, and is left with no more threads than before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"MicrosoftAppId=", "hgw.mongodb.uri=", "hgw.connector.attempts=3",
        "hgw.connector.backoff=100ms", "hgw.connector.read-timeout=400ms", "hgw.connector.max-retry-after=2s",
        "hgw.connector.deadline=5s"})
class ConnectorFaultTest {

    private static final String SCENARIO = "fault";

    private static final WireMockServer CONNECTOR = new WireMockServer(options().bindAddress("127.0.0.1")
        .dynamicPort());

    static {
        CONNECTOR.start();
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-connector-fault")::toString);
    }

    @AfterAll
    static void stop() {
        CONNECTOR.stop();
    }

    @BeforeEach
    void reset() {
        CONNECTOR.resetAll();
    }

    @Test
    void a429WithRetryAfterIsSentAgainAfterThatTimeAndTheReplyArrives() {
        failFirst(aResponse().withStatus(429).withHeader("Retry-After", "1"));

        HttpResponse<String> response = send("help");

        assertThat(response.statusCode()).isEqualTo(202);
        List<ServeEvent> events = events();
        assertThat(events.get(0).getResponse().getStatus()).isEqualTo(429);
        assertThat(events.get(1).getResponse().getStatus()).as("the resend got through").isEqualTo(200);
        assertThat(events.get(1).getRequest().getBodyAsString()).as("the same reply, sent again")
            .isEqualTo(events.get(0).getRequest().getBodyAsString());
        assertThat(gapMillis(events.get(0), events.get(1))).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(950);
    }

    @Test
    void a503AndATimeoutAreSentAgainWithBackoffAndTheReplyArrives() {
        failFirst(aResponse().withStatus(503));
        assertThat(send("help").statusCode()).isEqualTo(202);
        List<ServeEvent> events = events();
        assertThat(events).extracting(event -> event.getResponse().getStatus()).startsWith(503, 200);
        assertThat(gapMillis(events.get(0), events.get(1))).as("backoff").isGreaterThanOrEqualTo(90);

        CONNECTOR.resetAll();
        failFirst(okJson("{\"id\":\"late\"}").withFixedDelay(1_500));
        assertThat(send("help").statusCode()).isEqualTo(202);
        List<ServeEvent> afterTimeout = events();
        assertThat(afterTimeout).as("the timed-out send and its resend").hasSizeGreaterThanOrEqualTo(2);
        assertThat(afterTimeout.get(1).getRequest().getBodyAsString())
            .isEqualTo(afterTimeout.get(0).getRequest().getBodyAsString());
    }

    @Test
    void aConnectorThatKeepsFailingGetsThreeAttemptsPerActivityAndTheChannelA502() {
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/.+")).willReturn(aResponse().withStatus(500)));

        HttpResponse<String> response = send("help");

        assertThat(response.statusCode()).isEqualTo(502);
        Map<String, Long> attemptsPerBody = events().stream()
            .collect(Collectors.groupingBy(event -> event.getRequest().getBodyAsString(), Collectors.counting()));
        assertThat(attemptsPerBody).as("the reply, then the apology for the failed turn").isNotEmpty()
            .allSatisfy((body, attempts) -> assertThat(attempts).as("attempts of one activity").isEqualTo(3));
    }

    @Test
    void aRetryAfterLongerThanTheMaximumIsNotWaitedFor() {
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/.+"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
        long start = System.nanoTime();

        assertThat(send("help").statusCode()).isEqualTo(502);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not an hour").isLessThan(Duration.ofSeconds(30));
        assertThat(events()).allSatisfy(event -> assertThat(event.getResponse().getStatus()).isEqualTo(429));
        assertThat(events().size()).as("one attempt per activity, no resend").isLessThanOrEqualTo(2);
    }

    @Test
    void failingConnectorsLeaveNoThreadsBehind() {
        send("help");
        int before = ManagementFactory.getThreadMXBean().getThreadCount();
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/.+"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (int i = 0; i < 6; i++) {
            assertThat(send("help").statusCode()).isEqualTo(502);
        }
        CONNECTOR.resetAll();
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/.+"))
            .willReturn(okJson("{\"id\":\"slow\"}").withFixedDelay(1_000)));
        for (int i = 0; i < 3; i++) {
            assertThat(send("help").statusCode()).isEqualTo(502);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
            assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).as("threads, %d before", before)
                .isLessThanOrEqualTo(before + 5));
    }

    /** The first send to the Connector gets {@code first}, every later one a 200. */
    private static void failFirst(ResponseDefinitionBuilder first) {
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/.+")).inScenario(SCENARIO)
            .whenScenarioStateIs(STARTED).willSetStateTo("failed once").willReturn(first));
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/.+")).inScenario(SCENARIO)
            .whenScenarioStateIs("failed once").willReturn(okJson("{\"id\":\"reply-1\"}")));
    }

    private HttpResponse<String> send(String text) {
        String conversation = "fault-" + UUID.randomUUID();
        return Activities.post(port, Activities.message(conversation, "webchat", CONNECTOR.baseUrl(), text).toString(),
            null);
    }

    /** What the Connector received, oldest first (WireMock lists the newest first). */
    private static List<ServeEvent> events() {
        List<ServeEvent> events = new ArrayList<>(CONNECTOR.getAllServeEvents());
        Collections.reverse(events);
        return events;
    }

    private static long gapMillis(ServeEvent first, ServeEvent second) {
        return second.getRequest().getLoggedDate().getTime() - first.getRequest().getLoggedDate().getTime();
    }
}
