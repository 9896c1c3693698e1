package nl.hgw.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load client of {@code bench/load.sh}: N conversations at once against one or more bots
 * (round-robin by conversation), each one round after another of the goal-first dialog (or,
 * with {@code --scenario=echo}, the same five messages against an echo bot), for a fixed time,
 * with an in-process Bot Connector ({@link Connector}) that receives the replies.
 *
 * <p><b>A turn's latency</b> runs from sending the activity until both the HTTP answer (202)
 * and the turn's last reply (the next question or card, or the pupil's card after the save)
 * have arrived: the SDK normally sends a turn's replies before it answers, but a prompt may
 * reach the Connector after the 202, so neither alone is the whole turn. Turns sent during the
 * warm-up are not measured. There is no think time unless {@code --think-ms} is set: a closed
 * loop, so the bot runs at its saturation throughput and latency is mostly queueing. With
 * {@code --think-ms}, every turn first waits a random pause of that mean (exponential, seeded per
 * conversation): teachers who read and type independently.
 *
 * <p>Options ({@code --name=value}): {@code bot-urls} (comma-separated, default
 * {@code http://127.0.0.1:3978}), {@code scenario} ({@code hgw}|{@code echo}),
 * {@code conversations} (200), {@code duration} (seconds measured, 300), {@code warmup}
 * (seconds before, 20), {@code think-ms} (0), {@code turn-timeout} (seconds, 30),
 * {@code connector-port} (0 = any), {@code mongodb-uri} (count the stored needs there after the
 * run), {@code spread} ({@code conversation}: each conversation stays on one bot URL, round-robin by
 * conversation; {@code turn}: the turns of every conversation go round-robin over the URLs, the
 * next turn always to the next URL, as a load balancer without affinity would), {@code database} (hgw), {@code saved-out} (file: one line per saved round, for
 * {@link NeedsCheck}), {@code result-out} (file: the figures as {@code key=value}),
 * {@code label}.
 */
public final class LoadClient {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    private static final List<String> FIRST_NAMES = List.of("Joost", "Amira", "Sem", "Levi", "Sofie", "Noah", "Ella",
        "Daan", "Mila", "Bram", "Lotte", "Fenna", "Finn", "Julia", "Thijs", "Mees", "Luuk", "Ruben", "Hugo", "Pien");

    private final Options options;

    private final Connector connector;

    private final HttpClient http;

    private final List<String> notes = Dialog.lines("/nl/hgw/bench/load/notes.nl.txt");

    private final List<String> goals = Dialog.lines("/nl/hgw/bench/load/goals.nl.txt");

    private final String run = Long.toString(System.currentTimeMillis(), 36);

    private final AtomicLong activityIds = new AtomicLong();

    private long measureFrom;

    private long stopAt;

    // figures
    private final LongAdder turnsMeasured = new LongAdder();

    private final LongAdder turnsAll = new LongAdder();

    private final LongAdder roundsMeasured = new LongAdder();

    private final LongAdder roundsAll = new LongAdder();

    private final LongAdder lateReplies = new LongAdder();

    private final LongAdder repliesReceived = new LongAdder();

    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    private final ConcurrentLinkedQueue<NeedsCheck.Saved> saved = new ConcurrentLinkedQueue<>();

    /** Conversations given up after a timed-out turn that got a reply later all the same. */
    private final Set<String> answeredAfterTimeout = ConcurrentHashMap.newKeySet();

    private final LongAdder timeouts = new LongAdder();

    private final List<Worker> workers = new ArrayList<>();

    private LoadClient(Options options) throws IOException {
        this.options = options;
        this.connector = new Connector(options.connectorPort, 16);
        this.http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        LoadClient client = new LoadClient(options);
        try {
            client.run();
        } finally {
            client.connector.close();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%s: %d conversations against %s, %s, warm-up %d s, measured %d s, think %d ms, "
                + "Connector %s%s%n", options.label, options.conversations, String.join(", ", options.botUrls),
            options.scenario, options.warmupSeconds, options.durationSeconds, options.thinkMs, connector.serviceUrl(),
            options.spreadTurns && options.botUrls.size() > 1 ? ", every turn to the next bot URL" : "");
        long start = System.nanoTime();
        measureFrom = start + TimeUnit.SECONDS.toNanos(options.warmupSeconds);
        stopAt = measureFrom + TimeUnit.SECONDS.toNanos(options.durationSeconds);
        CountDownLatch done = new CountDownLatch(options.conversations);
        long rampNanos = TimeUnit.MILLISECONDS.toNanos(Math.min(5000, Math.max(0, options.warmupSeconds * 500L)));
        for (int i = 0; i < options.conversations; i++) {
            Worker worker = new Worker(i, start + rampNanos * i / options.conversations, done);
            workers.add(worker);
            Thread thread = new Thread(worker, "conversation-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        // a worker stops at stopAt after its turn; a stuck one is given up after the turn timeout
        long limit = stopAt - System.nanoTime() + TimeUnit.SECONDS.toNanos(options.turnTimeoutSeconds + 5);
        boolean allStopped = done.await(limit, TimeUnit.NANOSECONDS);
        long end = System.nanoTime();
        if (timeouts.sum() > answeredAfterTimeout.size()) {
            Thread.sleep(5000); // a little time for the replies of timed-out turns, to tell slow from lost
        }
        double window = (Math.min(end, Math.max(stopAt, lastMeasured())) - measureFrom) / 1e9;
        report(out, window, allStopped);
    }

    private long lastMeasured() {
        return workers.stream().mapToLong(w -> w.lastTurnEnd).max().orElse(stopAt);
    }

    private void report(PrintStream out, double window, boolean allStopped) throws IOException {
        Latencies turns = new Latencies();
        Latencies httpOnly = new Latencies();
        Latencies firstHalf = new Latencies();
        Latencies secondHalf = new Latencies();
        List<Latencies> perStep = new ArrayList<>();
        for (int s = 0; s < Dialog.STEPS.size(); s++) {
            perStep.add(new Latencies());
        }
        for (Worker worker : workers) {
            turns.addAll(worker.turns);
            httpOnly.addAll(worker.http);
            firstHalf.addAll(worker.firstHalf);
            secondHalf.addAll(worker.secondHalf);
            for (int s = 0; s < perStep.size(); s++) {
                perStep.get(s).addAll(worker.perStep.get(s));
            }
        }
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        Map<String, String> result = new LinkedHashMap<>();
        result.put("label", options.label);
        result.put("scenario", options.scenario);
        result.put("conversations", String.valueOf(options.conversations));
        result.put("window_s", fmt(window));
        result.put("turns", String.valueOf(turnsMeasured.sum()));
        result.put("turns_per_s", fmt(turnsMeasured.sum() / window));
        result.put("rounds", String.valueOf(roundsMeasured.sum()));
        result.put("rounds_per_s", fmt(roundsMeasured.sum() / window));
        result.put("p50_ms", fmt(turns.percentile(50)));
        result.put("p90_ms", fmt(turns.percentile(90)));
        result.put("p99_ms", fmt(turns.percentile(99)));
        result.put("max_ms", fmt(turns.max()));
        result.put("mean_ms", fmt(turns.mean()));
        result.put("http_p99_ms", fmt(httpOnly.percentile(99)));
        result.put("late_replies", String.valueOf(lateReplies.sum()));
        result.put("errors", String.valueOf(errorCount));
        errors.forEach((kind, count) -> result.put("errors_" + kind, String.valueOf(count.sum())));
        long answeredLater = answeredAfterTimeout.size();
        long missing = Math.max(0, timeouts.sum() - answeredLater);
        result.put("timeouts", String.valueOf(timeouts.sum()));
        result.put("missing_replies", String.valueOf(missing));
        result.put("p99_first_half_ms", fmt(firstHalf.percentile(99)));
        result.put("p99_second_half_ms", fmt(secondHalf.percentile(99)));
        result.put("stray_replies", String.valueOf(connector.stray()));
        result.put("turns_all", String.valueOf(turnsAll.sum()));
        result.put("rounds_all", String.valueOf(roundsAll.sum()));

        out.printf(Locale.ROOT, "%s, measured %.1f s (after %d s warm-up):%n", options.label, window,
            options.warmupSeconds);
        out.printf(Locale.ROOT, "  throughput: %.1f turns/s, %.2f completed conversations/s (%d turns, %d rounds)%n",
            turnsMeasured.sum() / window, roundsMeasured.sum() / window, turnsMeasured.sum(), roundsMeasured.sum());
        out.printf(Locale.ROOT, "  turn latency (to the 202 and the turn's last reply): %s%n", turns.summary());
        out.printf(Locale.ROOT, "  HTTP round trip alone: %s; last reply after the 202 in %d turns%n",
            httpOnly.summary(), lateReplies.sum());
        if (!"echo".equals(options.scenario)) {
            for (int s = 0; s < perStep.size(); s++) {
                out.printf(Locale.ROOT, "    %-13s %s%n", Dialog.STEPS.get(s), perStep.get(s).summary());
            }
        }
        out.printf(Locale.ROOT, "  p99 in the first half of the window %.1f ms, in the second %.1f ms%n",
            firstHalf.percentile(99), secondHalf.percentile(99));
        out.printf(Locale.ROOT, "  errors: %d %s%s%n", errorCount, new TreeMap<>(errors),
            allStopped ? "" : "; some conversations were still stuck at the end");
        out.printf(Locale.ROOT, "  timed-out turns: %d, of which %d got their reply later and %d never (missing "
            + "replies); replies to unknown conversations: %d%n", timeouts.sum(), Math.min(answeredLater,
            timeouts.sum()), missing, connector.stray());
        out.printf(Locale.ROOT, "  all: %d turns, %d rounds %s (warm-up included), %d replies at the Connector%n",
            turnsAll.sum(), roundsAll.sum(), "echo".equals(options.scenario) ? "completed" : "saved",
            connector.received());

        if (options.savedOut != null) {
            List<String> lines = saved.stream().map(NeedsCheck.Saved::line).toList();
            Files.write(options.savedOut, lines, StandardCharsets.UTF_8);
        }
        if (options.mongodbUri != null && !options.mongodbUri.isBlank() && !"echo".equals(options.scenario)) {
            NeedsCheck.Result check = NeedsCheck.count(options.mongodbUri, options.database, List.copyOf(saved));
            out.println("  " + check.describe("in MongoDB after the run"));
            result.putAll(check.asMap(""));
        }
        if (options.resultOut != null) {
            StringBuilder text = new StringBuilder();
            result.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            Files.writeString(options.resultOut, text);
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** One conversation after another, on one thread; a failed conversation is given up and a new one started. */
    private final class Worker implements Runnable {

        private final int index;

        private final long startAt;

        private final CountDownLatch done;

        private final String botUrl;

        private final Latencies turns = new Latencies();

        private final Latencies http = new Latencies();

        private final Latencies firstHalf = new Latencies();

        private final Latencies secondHalf = new Latencies();

        private final List<Latencies> perStep = new ArrayList<>();

        private final LinkedBlockingQueue<Connector.Reply> inbox = new LinkedBlockingQueue<>();

        /** This teacher's pace: the same pauses in every run. */
        private final SplittableRandom pace;

        private volatile long lastTurnEnd;

        private String conversationId;

        private int generation;

        private long round;

        private boolean timedOut;

        /** With {@code --spread=turn}: which URL the next turn goes to. */
        private long turnsSent;

        Worker(int index, long startAt, CountDownLatch done) {
            this.index = index;
            this.startAt = startAt;
            this.done = done;
            this.botUrl = options.botUrls.get(index % options.botUrls.size());
            this.turnsSent = index;
            this.pace = new SplittableRandom(index);
            for (int s = 0; s < Dialog.STEPS.size(); s++) {
                perStep.add(new Latencies());
            }
        }

        @Override
        public void run() {
            try {
                sleepUntil(startAt);
                while (System.nanoTime() < stopAt) {
                    if (conversationId == null) {
                        conversationId = "load-" + run + "-" + index + "-" + generation++;
                        connector.register(conversationId, inbox::add);
                    }
                    if (!round()) {
                        String given = conversationId;
                        if (timedOut) {
                            // a reply that still comes shows the turn was slow, not lost
                            connector.register(given, reply -> answeredAfterTimeout.add(given));
                        } else {
                            connector.unregister(given);
                        }
                        timedOut = false;
                        conversationId = null;
                        inbox.clear();
                        Thread.sleep(200);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                error("client_" + e.getClass().getSimpleName());
            } finally {
                done.countDown();
            }
        }

        /** One round: a new pupil from note to saved needs. False when the conversation failed. */
        private boolean round() throws InterruptedException {
            long number = round++;
            boolean echo = "echo".equals(options.scenario);
            String pupil = Dialog.pupilName(FIRST_NAMES, index, number);
            String note = notes.get((int) ((index * 7 + number) % notes.size())).replace("{naam}", pupil);
            String goal = goals.get((int) ((index * 5 + number) % goals.size()));
            ObjectNode next = message(note);
            int expectedNeeds = -1;
            for (int step = 0; step < Dialog.STEPS.size(); step++) {
                if (options.thinkMs > 0) {
                    // never past the end of the run: no turn is sent after it, and the report waits for none
                    sleepUntil(Math.min(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause()), stopAt));
                }
                if (System.nanoTime() >= stopAt) {
                    return true;
                }
                Turn turn = turn(next, step);
                if (turn == null) {
                    return false;
                }
                if (echo) {
                    String sent = next.path("text").asText("");
                    String expected = sent.isEmpty() ? "Echo: (card submit)" : "Echo: " + sent;
                    if (!expected.equals(turn.last.path("text").asText())) {
                        error("unexpected_reply");
                        return false;
                    }
                    next = switch (step) {
                        case 0 -> message(goal);
                        case 1 -> submit(null);
                        case 2 -> message(Dialog.REACH_ANSWER);
                        case 3 -> message(Dialog.SUPPORT_ANSWER);
                        default -> null;
                    };
                    continue;
                }
                Dialog.Kind expected = Dialog.HGW_EXPECTED.get(step);
                if (turn.kind != expected || (step == 4 && !turn.saidSaved)) {
                    error("unexpected_reply");
                    return false;
                }
                switch (step) {
                    case 0 -> next = message(goal);
                    case 1 -> {
                        JsonNode card = Dialog.card(turn.last);
                        expectedNeeds = Dialog.needsOn(card);
                        next = submit(card);
                    }
                    case 2 -> next = message(Dialog.REACH_ANSWER);
                    case 3 -> next = message(Dialog.SUPPORT_ANSWER);
                    default -> saved.add(new NeedsCheck.Saved(conversationId, pupil, expectedNeeds));
                }
            }
            roundsAll.increment();
            if (lastTurnStart >= measureFrom) {
                roundsMeasured.increment();
            }
            return true;
        }

        private long lastTurnStart;

        /** What came back for one turn: the last reply and what it is. */
        private record Turn(JsonNode last, Dialog.Kind kind, boolean saidSaved) {
        }

        /**
         * A pause drawn from an exponential distribution with mean {@code think-ms} (at most ten
         * times it): teachers who read and type independently, so their turns arrive at random
         * moments rather than all at once after the same pause.
         */
        private long pause() {
            double drawn = -Math.log(1 - pace.nextDouble()) * options.thinkMs;
            return (long) Math.min(drawn, 10.0 * options.thinkMs);
        }

        /** Sends one activity and waits for the 202 and the turn's last reply; null (and an error counted) on failure. */
        private Turn turn(ObjectNode activity, int step) throws InterruptedException {
            String url = options.spreadTurns ? options.botUrls.get((int) (turnsSent++ % options.botUrls.size())) : botUrl;
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/messages"))
                .timeout(Duration.ofSeconds(options.turnTimeoutSeconds))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
                .build();
            long sent = System.nanoTime();
            lastTurnStart = sent;
            long deadline = sent + TimeUnit.SECONDS.toNanos(options.turnTimeoutSeconds);
            HttpResponse<Void> response;
            try {
                response = LoadClient.this.http.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (HttpTimeoutException e) {
                error("http_timeout");
                timedOut = true;
                timeouts.increment();
                return null;
            } catch (IOException e) {
                error("http_" + e.getClass().getSimpleName());
                return null;
            }
            long answered = System.nanoTime();
            if (response.statusCode() / 100 != 2) {
                error("http_" + response.statusCode());
                return null;
            }
            boolean saidSaved = false;
            while (true) {
                Connector.Reply reply = inbox.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (reply == null) {
                    error("reply_timeout");
                    timedOut = true;
                    timeouts.increment();
                    return null;
                }
                repliesReceived.increment();
                JsonNode body;
                try {
                    body = Dialog.JSON.readTree(reply.body());
                } catch (IOException e) {
                    error("unreadable_reply");
                    return null;
                }
                Dialog.Kind kind = Dialog.kind(body);
                if (kind == Dialog.Kind.SAVED) {
                    saidSaved = true;
                }
                if (!kind.last) {
                    continue;
                }
                long end = Math.max(answered, reply.arrivedNanos());
                lastTurnEnd = end;
                turnsAll.increment();
                if (sent >= measureFrom) {
                    long micros = (end - sent) / 1000;
                    turns.add(micros);
                    http.add((answered - sent) / 1000);
                    perStep.get(step).add(micros);
                    (sent < measureFrom + (stopAt - measureFrom) / 2 ? firstHalf : secondHalf).add(micros);
                    turnsMeasured.increment();
                    if (reply.arrivedNanos() > answered) {
                        lateReplies.increment();
                    }
                }
                return new Turn(body, kind, saidSaved);
            }
        }

        private ObjectNode message(String text) {
            ObjectNode activity = Dialog.JSON.createObjectNode();
            activity.put("type", "message");
            activity.put("id", "a" + activityIds.incrementAndGet());
            activity.put("timestamp", TIMESTAMP.format(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
            activity.put("channelId", "webchat");
            activity.put("serviceUrl", connector.serviceUrl());
            activity.put("locale", "nl-NL");
            activity.putObject("from").put("id", "teacher-" + index).put("name", "Leerkracht " + index)
                .put("role", "user");
            activity.putObject("recipient").put("id", "hgw-bot").put("name", "HGW-assistent").put("role", "bot");
            activity.putObject("conversation").put("id", conversationId);
            if (text != null) {
                activity.put("text", text);
            }
            return activity;
        }

        /** The needs card's "Klaar, verder" with its inputs as shown; for the echo bot the button's data only. */
        private ObjectNode submit(JsonNode card) {
            ObjectNode activity = message(null);
            ObjectNode value = activity.putObject("value");
            if (card != null) {
                Dialog.submitValue(card, "done", value);
            } else {
                value.put("hgwCard", "needs").put("hgwAction", "done");
            }
            return activity;
        }

        private static void sleepUntil(long nanos) throws InterruptedException {
            long wait = nanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }

    /** The command line. */
    private record Options(List<String> botUrls, String scenario, int conversations, int durationSeconds,
            int warmupSeconds, int thinkMs, int turnTimeoutSeconds, int connectorPort, String mongodbUri,
            String database, Path savedOut, Path resultOut, String label, boolean spreadTurns) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("Expected --name=value, not " + arg);
                }
                given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            List<String> urls = List.of(given.getOrDefault("bot-urls", "http://127.0.0.1:3978").split(",")).stream()
                .map(String::strip).filter(url -> !url.isEmpty()).map(url -> url.replaceAll("/+$", "")).toList();
            String scenario = given.getOrDefault("scenario", "hgw");
            if (!scenario.equals("hgw") && !scenario.equals("echo")) {
                throw new IllegalArgumentException("--scenario is hgw or echo");
            }
            Options options = new Options(urls, scenario,
                Integer.parseInt(given.getOrDefault("conversations", "200")),
                Integer.parseInt(given.getOrDefault("duration", "300")),
                Integer.parseInt(given.getOrDefault("warmup", "20")),
                Integer.parseInt(given.getOrDefault("think-ms", "0")),
                Integer.parseInt(given.getOrDefault("turn-timeout", "30")),
                Integer.parseInt(given.getOrDefault("connector-port", "0")),
                given.get("mongodb-uri"),
                given.getOrDefault("database", "hgw"),
                given.containsKey("saved-out") ? Path.of(given.get("saved-out")) : null,
                given.containsKey("result-out") ? Path.of(given.get("result-out")) : null,
                given.getOrDefault("label", scenario.equals("echo") ? "echo bot" : "HGW bot"),
                "turn".equals(given.getOrDefault("spread", "conversation")));
            if (!List.of("turn", "conversation").contains(given.getOrDefault("spread", "conversation"))) {
                throw new IllegalArgumentException("--spread is turn or conversation");
            }
            if (options.conversations < 1 || options.durationSeconds < 1 || urls.isEmpty()) {
                throw new IllegalArgumentException("Need at least one bot URL, one conversation and one second");
            }
            return options;
        }
    }
}
