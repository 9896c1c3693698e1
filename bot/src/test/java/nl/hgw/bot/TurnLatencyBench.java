package nl.hgw.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Turn latency over loopback with the embedded MongoDB: the Joost conversation (note, goal,
 * card submit, subgroup, support and save) again and again, each turn timed from request to
 * response. Replies come back in the response ({@code expectReplies}), so a turn is timed
 * with everything it does: state read, reformulation, cards, state and pupil writes.
 * Not part of the build: {@code ./mvnw -pl bot -am test -Dtest=TurnLatencyBench -Dhgw.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; results in {@code bot/target/bench/turn-latency.txt}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "hgw.bench", matches = "true")
class TurnLatencyBench {

    private static final int WARM_UP_CONVERSATIONS = 10;

    private static final int CONVERSATIONS = 40;

    private static final String[] STEPS = {"note", "goal", "card", "subgroup", "support+save"};

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void twoHundredTurns() throws IOException {
        Map<String, List<Long>> perStep = new LinkedHashMap<>();
        for (String step : STEPS) {
            perStep.put(step, new ArrayList<>());
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HgwBotApplication.class)
                .run("--server.port=0", "--hgw.data-dir=" + dataDir, "--MicrosoftAppId=", "--hgw.mongodb.uri=",
                    "--logging.level.root=WARN")) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            for (int i = 0; i < WARM_UP_CONVERSATIONS + CONVERSATIONS; i++) {
                List<Long> times = conversation(port, "bench-" + UUID.randomUUID(), "Joost" + i);
                if (i >= WARM_UP_CONVERSATIONS) {
                    for (int s = 0; s < STEPS.length; s++) {
                        perStep.get(STEPS[s]).add(times.get(s));
                    }
                }
            }
        }
        List<Long> all = perStep.values().stream().flatMap(List::stream).sorted().toList();
        StringBuilder report = new StringBuilder("Turn latency, " + all.size() + " turns (" + CONVERSATIONS
            + " conversations x " + STEPS.length + " turns, after " + WARM_UP_CONVERSATIONS
            + " warm-up conversations), loopback, embedded MongoDB, expectReplies\n");
        report.append(line("all", all));
        perStep.forEach((step, times) -> report.append(line(step, times.stream().sorted().toList())));
        Path file = Path.of("target/bench/turn-latency.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.err.println(report);
        assertThat(all).hasSize(200);
    }

    private static List<Long> conversation(int port, String conversation, String pupil) throws IOException {
        List<Long> times = new ArrayList<>();
        JsonNode replies = timed(port, message(conversation, pupil + " heeft ADHD, gaat discussies aan, pikt "
            + "instructies onvoldoende op, ruzies in pauzes en op gang, ouders zijn erg druk."), times);
        assertThat(replies.toString()).contains("Eerst het doel");
        replies = timed(port, message(conversation, "de rekeninstructie volgen en daarna zelfstandig aan de slag gaan"),
            times);
        JsonNode card = replies.path(0).path("attachments").path(0).path("content");
        ObjectNode submit = message(conversation, null);
        ObjectNode value = submit.putObject("value");
        inputs(card, value);
        value.put("hgwCard", "needs").put("hgwAction", "done");
        timed(port, submit, times);
        timed(port, message(conversation, "1: intensief, 2: 5"), times);
        replies = timed(port, message(conversation, "3 en 4"), times);
        assertThat(replies.path(0).path("text").asText()).startsWith("Opgeslagen!");
        return times;
    }

    private static JsonNode timed(int port, ObjectNode activity, List<Long> times) throws IOException {
        long start = System.nanoTime();
        HttpResponse<String> response = Activities.post(port, activity.toString(), null);
        times.add((System.nanoTime() - start) / 1000);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).path("activities");
    }

    private static ObjectNode message(String conversation, String text) {
        ObjectNode activity = Activities.message(conversation, "webchat", "http://127.0.0.1:9", text);
        if (text == null) {
            activity.remove("text");
        }
        activity.put("deliveryMode", "expectReplies");
        return activity;
    }

    private static void inputs(JsonNode node, ObjectNode value) {
        if (node.path("type").asText().startsWith("Input.")) {
            value.put(node.path("id").asText(), node.path("value").asText(""));
        }
        node.forEach(child -> inputs(child, value));
    }

    private static String line(String name, List<Long> sortedMicros) {
        return String.format(java.util.Locale.ROOT, "%-13s n=%3d  p50=%6.1f ms  p90=%6.1f ms  p99=%6.1f ms  max=%6.1f ms%n", name,
            sortedMicros.size(), percentile(sortedMicros, 50), percentile(sortedMicros, 90),
            percentile(sortedMicros, 99), sortedMicros.get(sortedMicros.size() - 1) / 1000.0);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
