package nl.hgw.bot.fuzz;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Thousands of generated requests at the running bot over HTTP (local mode, the embedded
 * MongoDB, a WireMock as the Connector and as the server of attached files): broken JSON,
 * wrong types, missing fields, huge strings, deep nesting, invalid UTF-8, unknown activity
 * types, lying attachments, odd card submits, long conversation ids, bad mentions; and the
 * same for the REST API. None may get a 5xx (except the one case where the Connector is
 * unreachable: 502), every well-formed message must be answered at the Connector, and
 * afterwards the bot must be healthy, with as many threads as before and its heap bounded.
 *
 * <p>Every case is generated from {@code seed} and its number, so a failure prints both and
 * {@code -Dhgw.fuzz.seed=S -Dhgw.fuzz.case=N} replays just that case. Another seed
 * ({@code -Dhgw.fuzz.seed=…}) explores further; the default one is fixed so the build is repeatable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"MicrosoftAppId=", "hgw.mongodb.uri=", "hgw.reports.max-size=1MB",
        // the unreachable Connector cases wait out the backoff; its length is not what they test
        "hgw.connector.backoff=20ms"})
class BadInputFuzzTest {

    static final long SEED = Long.getLong("hgw.fuzz.seed", 20261124L);

    /** Cases in a run: four in five are activities, the rest API requests (notes and documents alike). */
    static final int CASES = Integer.getInteger("hgw.fuzz.cases", 10_000);

    /**
     * A body this large may be answered by a closed connection instead of its 413: the server
     * refuses at the latest after the 64 KB of form fields (or at once, from Content-Length), reads
     * and drops only 2 MB more ({@code server.tomcat.max-swallow-size}) and then closes the
     * connection while the client may still be sending. Every such case that is answered must get its 413.
     */
    private static final int CLOSES_CONNECTION = 64 * 1024 + 2 * 1024 * 1024;

    private final AtomicInteger closedConnections = new AtomicInteger();

    /** Milliseconds spent per kind of case, to print where the time goes. */
    private final Map<String, Long> millisPerKind = new ConcurrentHashMap<>();

    /** Requests in flight at once. */
    private static final int CLIENTS = 4;

    private static final long MAX_REPORT = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final WireMockServer CONNECTOR = connector();

    private static final String UNREACHABLE = "http://127.0.0.1:" + closedPort();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(CLIENTS)).connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-fuzz")::toString);
    }

    @AfterAll
    static void stopConnector() {
        CONNECTOR.stop();
    }

    @Test
    void generatedBadInputNeverGetsA5xxAndLeavesTheBotHealthy() throws Exception {
        Integer only = Integer.getInteger("hgw.fuzz.case");
        int total = CASES;
        List<Integer> indexes = only != null ? List.of(only) : IntStream.range(0, total).boxed().toList();
        long started = System.nanoTime();
        long cpuBefore = processCpuNanos();

        run(IntStream.range(0, 50).boxed().map(i -> total + i).toList(), new ArrayList<>());
        int threadsBefore = threads();
        long heapBefore = heapAfterGc();

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, FuzzCase> mustBeAnswered = run(indexes, failures);

        Set<String> answered = answeredConversations();
        mustBeAnswered.forEach((conversation, fuzzCase) -> {
            if (!answered.contains(conversation)) {
                failures.add("no reply at the Connector: " + fuzzCase.describe(SEED));
            }
        });
        assertThat(failures).as("%d of %d cases failed (seed %d); the first ones", failures.size(), indexes.size(), SEED)
            .isEmpty();
        assertThat(mustBeAnswered.size()).as("well-formed messages checked for a reply")
            .isGreaterThan(only != null ? -1 : total / 5);

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).as("health after the fuzz").contains("\"UP\"");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
            assertThat(threads()).as("threads after the fuzz (before: %d)", threadsBefore)
                .isLessThanOrEqualTo(threadsBefore + 25));
        long heapAfter = heapAfterGc();
        assertThat(heapAfter).as("heap used after a GC, before the fuzz %d MB", heapBefore >> 20)
            .isLessThan(heapBefore + (384L << 20));
        System.out.printf("Fuzz: %d cases in %d s (%d s CPU), seed %d, %d answered at the Connector, %d huge ones closed the connection,"
            + " threads %d -> %d, heap %d -> %d MB%n", indexes.size(), (System.nanoTime() - started) / 1_000_000_000,
            (processCpuNanos() - cpuBefore) / 1_000_000_000, SEED, mustBeAnswered.size(),
            closedConnections.get(), threadsBefore, threads(), heapBefore >> 20, heapAfter >> 20);
        System.out.println("Fuzz: slowest kinds (ms, all clients together): " + millisPerKind.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8).toList());
    }

    /** Sends the cases, {@link #CLIENTS} at a time; returns the conversations that must get a reply. */
    private Map<String, FuzzCase> run(List<Integer> indexes, List<String> failures) throws InterruptedException {
        Map<String, FuzzCase> mustBeAnswered = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger done = new AtomicInteger();
        for (int index : indexes) {
            workers.execute(() -> {
                FuzzCase fuzzCase = generate(index);
                long start = System.nanoTime();
                try {
                    String problem = send(fuzzCase);
                    millisPerKind.merge(fuzzCase.kind(), (System.nanoTime() - start) / 1_000_000, Long::sum);
                    if (problem != null) {
                        failures.add(problem + ": " + fuzzCase.describe(SEED));
                    } else if (fuzzCase.replyTo() != null) {
                        mustBeAnswered.put(fuzzCase.replyTo(), fuzzCase);
                    }
                } catch (RuntimeException e) {
                    failures.add(e + ": " + fuzzCase.describe(SEED));
                }
                done.incrementAndGet();
            });
        }
        workers.shutdown();
        // far more than a run takes (about a minute on an idle 2-core machine); a shared CI box can be slow
        assertThat(workers.awaitTermination(15, TimeUnit.MINUTES)).as("all cases sent").isTrue();
        return mustBeAnswered;
    }

    /** Case {@code index} of this seed: a message, a note for the API, or a document for the API. */
    private FuzzCase generate(int index) {
        JsonFuzzer json = new JsonFuzzer(new Random(SEED * 1_000_003L + index));
        if (index % 5 == 4 && index < CASES) {
            return index % 10 == 4 ? new ApiFuzzer(json, index, MAX_REPORT).note()
                : new ApiFuzzer(json, index, MAX_REPORT).document();
        }
        return new ActivityFuzzer(json, CONNECTOR.baseUrl(), UNREACHABLE, index).next();
    }

    /** What is wrong with the answer to the case, or null. */
    private String send(FuzzCase fuzzCase) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(fuzzCase.path())).timeout(Duration.ofSeconds(90))
            .POST(HttpRequest.BodyPublishers.ofByteArray(fuzzCase.body()));
        for (int i = 0; i + 1 < fuzzCase.headers().length; i += 2) {
            request.header(fuzzCase.headers()[i], fuzzCase.headers()[i + 1]);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (fuzzCase.body().length > CLOSES_CONNECTION) {
                closedConnections.incrementAndGet();
                return null;
            }
            return "no answer (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        int status = response.statusCode();
        if (status >= 500 && !fuzzCase.allowed().contains(status)) {
            return "status " + status + " " + abbreviate(response.body());
        }
        if (!fuzzCase.allowed().isEmpty() && !fuzzCase.allowed().contains(status)) {
            return "status " + status + " not in " + fuzzCase.allowed() + " " + abbreviate(response.body());
        }
        if (status >= 400 && !response.body().isEmpty() && !response.body().startsWith("{\"error\"")
                && !response.body().contains("\"error\":")) {
            return "status " + status + " without a JSON error: " + abbreviate(response.body());
        }
        return null;
    }

    /** Conversations the Connector stub received a reply for. */
    private static Set<String> answeredConversations() {
        Set<String> conversations = new HashSet<>();
        for (ServeEvent event : CONNECTOR.getAllServeEvents()) {
            if (event.getRequest().getUrl().startsWith("/v3/conversations/")) {
                try {
                    JsonNode reply = JSON.readTree(event.getRequest().getBodyAsString());
                    conversations.add(reply.path("conversation").path("id").asText());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return conversations;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static WireMockServer connector() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
            .containerThreads(20).jettyHeaderRequestSize(16 * 1024));
        server.start();
        server.stubFor(post(urlMatching("/v3/conversations/.+/activities.*"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"reply-from-fuzz-connector\"}")));
        FuzzFiles.serve(server, MAX_REPORT);
        return server;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
