package nl.hgw.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the bot in the middle of a conversation: the bot runs as a child JVM (the
 * test's class path, {@code java … nl.hgw.bot.HgwBotApplication}, local mode with the embedded
 * MongoDB in a data directory), is killed with SIGKILL right after a turn was answered, and
 * started again on the same data directory: the conversation goes on at the step it was at.
 * Nothing the teacher wrote reaches the bot's output.
 */
class KillRestartTest {

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    private static final String NOTE = "Joost pikt instructies onvoldoende op en maakt ruzie in de pauze.";

    @TempDir
    Path dataDir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aConversationContinuesAfterTheBotWasKilled() throws Exception {
        String conversation = "kill-" + UUID.randomUUID();

        int port = freePort();
        Process first = start(port, "first.log");
        post(port, Activities.conversationUpdate(conversation, "webchat", STUB.serviceUrl()).toString());
        awaitReply(conversation, 0, "Om je zo goed mogelijk");
        post(port, Activities.message(conversation, "webchat", STUB.serviceUrl(), "leerkracht").toString());
        awaitReply(conversation, 0, "Dank je!");
        post(port, Activities.message(conversation, "webchat", STUB.serviceUrl(), NOTE).toString());
        awaitReply(conversation, 0, "Eerst het doel");
        int beforeKill = Replies.of(STUB, conversation).size();

        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        int secondPort = freePort();
        start(secondPort, "second.log");
        post(secondPort, Activities.message(conversation, "webchat", STUB.serviceUrl(),
            "de rekeninstructie volgen en daarna zelfstandig aan de slag gaan").toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> Replies.of(STUB, conversation).stream().skip(beforeKill)
            .anyMatch(reply -> reply.path("attachments").size() == 1));
        List<JsonNode> afterRestart = Replies.of(STUB, conversation).subList(beforeKill,
            Replies.of(STUB, conversation).size());
        assertThat(afterRestart).as("no welcome, no role question, no 'what I can do': the note goes on")
            .noneSatisfy(reply -> assertThat(Replies.text(reply)).startsWith("Dit kan ik voor je doen"))
            .noneSatisfy(reply -> assertThat(Replies.text(reply)).startsWith("Om je zo goed mogelijk"));
        JsonNode card = afterRestart.stream().filter(reply -> reply.path("attachments").size() == 1).findFirst()
            .map(Replies::card).orElseThrow();
        assertThat(card.toString()).as("the needs of the note written before the kill").containsIgnoringCase("instructie");

        for (String log : List.of("first.log", "second.log")) {
            String output = Files.readString(dataDir.resolve(log), StandardCharsets.UTF_8);
            assertThat(output).as(log).contains("Started HgwBotApplication").doesNotContain("Joost")
                .doesNotContain("rekeninstructie");
        }
    }

    /** The bot as a child JVM on the test's class path, on {@code port}, with the data in {@link #dataDir}. */
    private Process start(int port, String log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), HgwBotApplication.class.getName(),
            "--server.port=" + port, "--hgw.data-dir=" + dataDir.resolve("data"), "--MicrosoftAppId=",
            "--hgw.mongodb.uri=")
            .redirectErrorStream(true).redirectOutput(dataDir.resolve(log).toFile());
        Process process = builder.start();
        started.add(process);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(process.isAlive()).as("the bot is running (see %s)", log).isTrue();
            try {
                return Activities.get(port, "/actuator/health").body().contains("\"UP\"");
            } catch (IllegalStateException notYet) {
                return false;
            }
        });
        return process;
    }

    private static void post(int port, String activity) {
        assertThat(Activities.post(port, activity, null).statusCode()).isEqualTo(202);
    }

    /** Waits for a reply (after the first {@code skip}) whose text starts with {@code start}. */
    private static void awaitReply(String conversation, int skip, String start) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Replies.of(STUB, conversation).stream().skip(skip)
            .anyMatch(reply -> Replies.text(reply).startsWith(start)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
