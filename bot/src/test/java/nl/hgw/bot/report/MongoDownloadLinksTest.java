package nl.hgw.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.hgw.dialogs.pupil.TeamScope;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Download links through the real driver against an in-memory wire-protocol server. The token
 * is the only key: it finds one document and gives only its name, type and content; nothing
 * lists a team's documents; a team's and a tenant's documents go with the team or tenant.
 */
class MongoDownloadLinksTest {

    private static final TeamScope TEAM_A = new TeamScope("tenant-1", "team-a");

    private static final TeamScope TEAM_B = new TeamScope("tenant-1", "team-b");

    private static final TeamScope OTHER_TENANT = new TeamScope("tenant-2", "team-a");

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    private MongoServer server;

    private MongoClient client;

    private MongoDatabase database;

    private Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    @BeforeEach
    void open() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        database = client.getDatabase("hgw-test");
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aLinkFindsItsOwnDocumentAndGivesOnlyNameTypeAndContent() {
        URI link = links().publish(TEAM_A, "verslag.docx", "application/x-test", bytes("van team A"));

        MongoDownloadLinks.Download found = links().find(token(link)).orElseThrow();

        assertThat(found.name()).isEqualTo("verslag.docx");
        assertThat(found.mediaType()).isEqualTo("application/x-test");
        assertThat(new String(found.content(), StandardCharsets.UTF_8)).isEqualTo("van team A");
        assertThat(MongoDownloadLinks.Download.class.getRecordComponents()).as("no tenant, team or other link")
            .extracting(java.lang.reflect.RecordComponent::getName).containsExactly("name", "mediaType", "content");
        Document stored = downloads().find(new Document("_id", token(link))).first();
        assertThat(stored.getString("tenantId")).isEqualTo("tenant-1");
        assertThat(stored.getString("teamId")).isEqualTo("team-a");
    }

    @Test
    void tokensAre256RandomBitsAndGuessesFindNothing() {
        MongoDownloadLinks links = links();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            tokens.add(token(links.publish(i % 2 == 0 ? TEAM_A : TEAM_B, "d.docx", "application/x-test", bytes("x"))));
        }
        assertThat(tokens).hasSize(200).allSatisfy(token -> assertThat(token).matches("[A-Za-z0-9_-]{43}"));

        String real = tokens.iterator().next();
        String otherCase = real.chars().mapToObj(c -> String.valueOf((char) (Character.isUpperCase(c)
            ? Character.toLowerCase(c) : Character.toUpperCase(c)))).collect(java.util.stream.Collectors.joining());
        for (String guess : List.of("", ".*", real.substring(1), real + "A", "{\"$ne\": null}", "A".repeat(43),
                "/" + real)) {
            assertThat(links.find(guess)).as(guess).isEmpty();
        }
        if (!otherCase.equals(real)) {
            assertThat(links.find(otherCase)).as("the token in other case").isEmpty();
        }
        assertThat(links.find(null)).isEmpty();
    }

    @Test
    void anExpiredLinkAnswersAsIfItNeverExistedAndItsDocumentIsGone() {
        URI link = links().publish(TEAM_A, "verslag.docx", "application/x-test", bytes("oud"));
        clock = Clock.fixed(T0.plus(Duration.ofHours(1)), ZoneOffset.UTC);

        assertThat(links().find(token(link))).isEmpty();
        assertThat(downloads().countDocuments()).as("deleted, not flagged").isZero();
    }

    @Test
    void anotherTeamsOrTenantsDeleteLeavesTheDocumentAndATenantsDeleteTakesEveryTeam() {
        URI a = links().publish(TEAM_A, "a.docx", "application/x-test", bytes("a"));
        links().publish(TEAM_B, "b.docx", "application/x-test", bytes("b"));
        URI other = links().publish(OTHER_TENANT, "c.docx", "application/x-test", bytes("c"));

        assertThat(MongoDownloadLinks.deleteAllOfTeam(database, TEAM_B)).isEqualTo(1);
        assertThat(MongoDownloadLinks.deleteAllOfTeam(database, new TeamScope("tenant-2", "team-b"))).isZero();
        assertThat(links().find(token(a))).isPresent();

        assertThat(MongoDownloadLinks.deleteAllOfTenant(database, "tenant-1")).isEqualTo(1);
        assertThat(links().find(token(a))).isEmpty();
        assertThat(downloads().countDocuments(new Document("tenantId", "tenant-1"))).isZero();
        assertThat(links().find(token(other))).isPresent();
    }

    private MongoDownloadLinks links() {
        return new MongoDownloadLinks(database, clock, Duration.ofHours(1), () -> URI.create("https://bot.school.example/"));
    }

    private MongoCollection<Document> downloads() {
        return database.getCollection(MongoDownloadLinks.COLLECTION);
    }

    private static String token(URI link) {
        String path = link.getPath();
        assertThat(path).startsWith("/" + MongoDownloadLinks.PATH);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
