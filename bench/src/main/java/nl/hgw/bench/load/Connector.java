package nl.hgw.bench.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The Bot Connector the bots send their replies to: a JDK {@link HttpServer} on loopback that
 * takes {@code POST /v3/conversations/{id}/activities[/{replyToId}]}, notes the arrival time,
 * hands the body to whoever registered the conversation and answers 200 with a resource id, as
 * the real Connector does. No parsing here (the conversation's own thread does that), so it is
 * cheap and never the bottleneck: it answers in microseconds on a pool of threads.
 */
final class Connector implements AutoCloseable {

    /** A reply as it arrived: when ({@link System#nanoTime()}) and its JSON body. */
    record Reply(long arrivedNanos, byte[] body) {
    }

    private static final String PREFIX = "/v3/conversations/";

    private static final byte[] ANSWER_START = "{\"id\":\"r".getBytes(StandardCharsets.US_ASCII);

    private final HttpServer server;

    private final ExecutorService threads;

    private final Map<String, Consumer<Reply>> conversations = new ConcurrentHashMap<>();

    private final AtomicLong received = new AtomicLong();

    private final AtomicLong stray = new AtomicLong();

    private final AtomicLong ids = new AtomicLong();

    Connector(int port, int threads) throws IOException {
        // without it the JDK server writes the headers and the body of its answer as two packets with
        // Nagle on: the second waits for the bot's delayed ACK, 40 ms on every reply
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        this.threads = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "connector");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(this.threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to put in an activity's {@code serviceUrl}. */
    String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void register(String conversationId, Consumer<Reply> inbox) {
        conversations.put(conversationId, inbox);
    }

    void unregister(String conversationId) {
        conversations.remove(conversationId);
    }

    long received() {
        return received.get();
    }

    /** Replies to conversations nobody waits for (any would be a bug of the bot or of this client). */
    long stray() {
        return stray.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String path = exchange.getRequestURI().getRawPath();
        int status = 404;
        if ("POST".equals(exchange.getRequestMethod()) && path.startsWith(PREFIX)) {
            int end = path.indexOf('/', PREFIX.length());
            String id = URLDecoder.decode(path.substring(PREFIX.length(), end < 0 ? path.length() : end),
                StandardCharsets.UTF_8);
            received.incrementAndGet();
            Consumer<Reply> inbox = conversations.get(id);
            if (inbox == null) {
                stray.incrementAndGet();
            } else {
                inbox.accept(new Reply(arrived, body));
            }
            status = 200;
        }
        byte[] answer = status == 200 ? answer() : new byte[0];
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private byte[] answer() {
        byte[] number = Long.toString(ids.incrementAndGet()).getBytes(StandardCharsets.US_ASCII);
        byte[] answer = new byte[ANSWER_START.length + number.length + 2];
        System.arraycopy(ANSWER_START, 0, answer, 0, ANSWER_START.length);
        System.arraycopy(number, 0, answer, ANSWER_START.length, number.length);
        answer[answer.length - 2] = '"';
        answer[answer.length - 1] = '}';
        return answer;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
