package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.hgw.bot.Activities;
import nl.hgw.bot.BotFrameworkStub;
import nl.hgw.bot.Replies;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * MongoDB stops in the middle of a conversation and comes back: the running bot (over HTTP, its
 * MongoDB a separate server on a fixed port with its data on disk) stays up, reports DOWN, tells
 * a teacher in Dutch that it cannot save now, keeps what was answered meanwhile, reports UP again
 * when the database is back, and the answer given during the outage reaches the database with the
 * next turn that reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"MicrosoftAppId=", "hgw.mongodb.timeout=300ms"})
@ExtendWith(OutputCaptureExtension.class)
class MongoOutageEndToEndTest {

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    private static final Path DATA = createDataDir();

    private static final int MONGO_PORT = freePort();

    private static final MongoServer FIRST = startMongo();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("hgw.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO_PORT + "/?connectTimeoutMS=300");
        registry.add("hgw.data-dir", DATA::toString);
    }

    @AfterAll
    static void stopMongo() {
        FIRST.shutdownNow();
    }

    @Test
    void theBotStaysUpTellsTheTeacherAndLosesNothingWhileMongoIsAway(CapturedOutput output) {
        String known = "outage-" + UUID.randomUUID();
        post(Activities.conversationUpdate(known, "webchat", STUB.serviceUrl()));
        awaitReply(known, "Om je zo goed mogelijk");
        assertThat(health().statusCode()).isEqualTo(200);

        FIRST.shutdownNow();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var health = health();
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"");
        });
        post(Activities.message(known, "webchat", STUB.serviceUrl(), "IB/KC"));
        awaitReply(known, "Dank je! Voor IB'ers en KC'ers");
        String stranger = "outage-new-" + UUID.randomUUID();
        post(Activities.message(stranger, "webchat", STUB.serviceUrl(), "Joost pikt de uitleg niet op 7f3a"));
        awaitReply(stranger, "Ik kan je gegevens nu niet opslaan; probeer het zo nog eens");

        MongoServer second = startMongo();
        try {
            afterTheOutage(known);
        } finally {
            second.shutdownNow();
        }
        assertThat(output.getAll()).doesNotContain("7f3a").doesNotContain("Joost");
    }

    private void afterTheOutage(String known) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(health().statusCode()).isEqualTo(200));
        String another = "outage-after-" + UUID.randomUUID();
        post(Activities.conversationUpdate(another, "webchat", STUB.serviceUrl()));
        awaitReply(another, "");
        assertThat(Replies.text(Replies.of(STUB, another).get(0))).as("the role answered during the outage is known")
            .contains("1. **Een verslag herformuleren**");
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + MONGO_PORT)) {
            // the kept state goes to the database with the next turn that reads it once the storage
            // tries the database again (after its pause, 6 x hgw.mongodb.timeout)
            await().pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> {
                    post(Activities.message(known, "webchat", STUB.serviceUrl(), "help"));
                    Document user = client.getDatabase("hgw").getCollection(MongoStorage.COLLECTION)
                        .find(Filters.eq("_id", "webchat/users/user-1")).first();
                    assertThat(user).as("the user's state in the database").isNotNull();
                    assertThat(user.getString("state")).as("the role answered during the outage")
                        .containsPattern("\"role\":\"(CARE_COORDINATOR|care)\"");
                });
        }
    }

    private void post(JsonNode activity) {
        assertThat(Activities.post(port, activity.toString(), null).statusCode()).isEqualTo(202);
    }

    private java.net.http.HttpResponse<String> health() {
        return Activities.get(port, "/actuator/health");
    }

    private static void awaitReply(String conversation, String start) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Replies.of(STUB, conversation))
            .anySatisfy(reply -> assertThat(Replies.text(reply)).startsWith(start)));
    }

    /** A MongoDB server with its data in {@link #DATA}, on {@link #MONGO_PORT} (the same after a restart). */
    private static MongoServer startMongo() {
        MongoServer server = new MongoServer(new H2Backend(DATA.resolve("outage-mongo.mv").toString()));
        server.bind("127.0.0.1", MONGO_PORT);
        return server;
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("hgw-mongo-outage");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
