package nl.hgw.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import nl.hgw.bot.storage.MongoPupilRepository;
import nl.hgw.bot.storage.MongoSpiegelRepository;
import nl.hgw.dialogs.pupil.PlannedNeed;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.Reach;
import nl.hgw.dialogs.pupil.SupportKind;
import nl.hgw.dialogs.pupil.TeacherSupport;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.dialogs.spiegel.Answer;
import nl.hgw.dialogs.spiegel.Feed;
import nl.hgw.dialogs.spiegel.Spiegel;
import nl.hgw.nlp.Category;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Team isolation through the bot over HTTP, as Teams sends it: team A (tenant 1) has a pupil
 * Joost and two spiegels; in a channel of team B (same tenant) and of a team with the same id
 * in tenant 2, teachers ask for them by name and date, try to change and delete them, and get
 * nothing of A's, not even a confirmation question that would tell Joost exists. A's data is
 * untouched afterwards. The scope comes from the activity ({@code TeamScope.of}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "MicrosoftAppId=")
class TeamIsolationEndToEndTest {

    private static final String TEAM_ID = "19:team-a@thread.tacv2";

    private static final TeamScope TEAM_A = new TeamScope("tenant-1", TEAM_ID);

    /** Every text of team A carries it, so a leak shows wherever it appears. */
    private static final String MARK = "(alleen team A)";

    private static final BotFrameworkStub STUB = BotFrameworkStub.instance();

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private static final String DATE = TODAY.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));

    @LocalServerPort
    int port;

    @Autowired
    MongoPupilRepository pupils;

    @Autowired
    MongoSpiegelRepository spiegels;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-isolation")::toString);
    }

    @BeforeEach
    void teamAHasAPupilAndSpiegels() {
        pupils.deleteAllOfTeam(TEAM_A);
        spiegels.deleteAllOfTeam(TEAM_A);
        pupils.save(TEAM_A, joost(), "aad-anna");
        Instant now = Instant.now();
        spiegels.save(TEAM_A, new Spiegel("finished-a", TODAY, List.of("goals"),
            List.of(new Answer("goals", Feed.FEED_UP, "We zetten het lesdoel op het bord " + MARK, "aad-anna", "Anna", now)),
            List.of(), List.of(), 3, true, "aad-anna", now, now));
        spiegels.save(TEAM_A, new Spiegel("open-a", TODAY, List.of("interaction"),
            List.of(new Answer("interaction", Feed.FEED_UP, "We tekenen de cirkel " + MARK, "aad-anna", "Anna", now)),
            List.of(), List.of(), 1, false, "aad-anna", now, now));
    }

    @Test
    void teamASeesItsOwnPupilAndSpiegels() {
        Channel teamA = new Channel("tenant-1", TEAM_ID);

        assertThat(teamA.ask("toon Joost")).contains(MARK);
        assertThat(teamA.ask("leerlingen")).contains("Joost");
        assertThat(teamA.ask("spiegels")).contains(DATE);
        assertThat(teamA.ask("toon spiegel " + DATE)).contains(MARK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"team B in the same tenant", "the same team id in another tenant"})
    void anotherTeamGetsNothingOfTeamA(String who) {
        Channel other = who.startsWith("team B") ? new Channel("tenant-1", "19:team-b@thread.tacv2")
            : new Channel("tenant-2", TEAM_ID);

        assertThat(other.ask("leerlingen")).startsWith("Er zijn hier nog geen leerlingen opgeslagen");
        assertThat(other.ask("toon Joost")).startsWith("Ik ken hier geen leerling 'Joost'");
        assertThat(other.ask("wijzig Joost")).startsWith("Ik ken hier geen leerling 'Joost'");
        assertThat(other.ask("verwijder Joost")).as("no confirmation question that would tell Joost exists")
            .startsWith("Ik ken hier geen leerling 'Joost'");
        assertThat(other.ask("spiegels")).startsWith("Er zijn hier nog geen spiegels");
        assertThat(other.ask("toon spiegel " + DATE)).startsWith("Er is geen spiegel van");
        assertThat(other.ask("verwijder spiegel " + DATE)).startsWith("Er is geen spiegel van");
        assertThat(other.ask("verder met de spiegel")).startsWith("Er is geen spiegel die nog niet af is");

        assertThat(other.everyReply()).noneSatisfy(reply -> assertThat(reply).contains(MARK));
        assertThat(pupils.find(TEAM_A, "Joost")).as("team A's pupil, unchanged").contains(joostAsStored());
        assertThat(spiegels.list(TEAM_A)).extracting(Spiegel::id).containsExactlyInAnyOrder("finished-a", "open-a");
    }

    private PupilPlan joostAsStored() {
        return pupils.find(TEAM_A, "Joost").filter(plan -> plan.goal().equals(joost().goal())
            && plan.needs().equals(joost().needs()) && plan.support().equals(joost().support())).orElse(null);
    }

    private static PupilPlan joost() {
        return PupilPlan.of("Joost", "zelfstandig aan de rekentaak werken " + MARK, List.of(
                new PlannedNeed(Category.INSTRUCTION, "Joost heeft een time-timer op tafel nodig " + MARK,
                    Reach.SUBGROUP_INTENSIVE)),
            List.of("tekent graag " + MARK), new TeacherSupport(List.of(SupportKind.COLLEAGUE), "een maatje " + MARK));
    }

    /** A Teams channel of one team; the teacher @mentions the bot, each message in a thread of its own. */
    private final class Channel {

        private final String tenant;

        private final String team;

        private final String conversation = "isolation-" + UUID.randomUUID();

        private int seen;

        Channel(String tenant, String team) {
            this.tenant = tenant;
            this.team = team;
        }

        /** Sends the text and returns the one reply it gets, as the raw JSON the Connector received. */
        String ask(String text) {
            ObjectNode activity = Activities.message(conversation, "msteams", STUB.serviceUrl(),
                "<at>HGW-assistent</at> " + text);
            activity.putObject("from").put("id", "29:teacher-" + conversation).put("name", "Juf Anna")
                .put("aadObjectId", "aad-anna");
            ((ObjectNode) activity.get("conversation")).put("conversationType", "channel").put("tenantId", tenant);
            ObjectNode channelData = activity.putObject("channelData");
            channelData.putObject("tenant").put("id", tenant);
            channelData.putObject("team").put("id", team);
            ObjectNode mention = activity.putArray("entities").addObject();
            mention.put("type", "mention").put("text", "<at>HGW-assistent</at>");
            mention.putObject("mentioned").put("id", "bot-1").put("name", "HGW-assistent");
            assertThat(Activities.post(port, activity.toString(), null).statusCode()).isEqualTo(202);
            seen++;
            await().atMost(Duration.ofSeconds(15)).until(() -> STUB.repliesTo(conversation).size() >= seen);
            List<String> replies = everyReply();
            return visible(replies.get(seen - 1));
        }

        /** Every reply so far, in the order the Connector received them. */
        List<String> everyReply() {
            return STUB.repliesTo(conversation).stream()
                .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()))
                .map(LoggedRequest::getBodyAsString)
                .toList();
        }
    }

    /** The reply's text, or for a card its whole JSON (the texts are in there). */
    private static String visible(String reply) {
        try {
            com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(reply);
            String text = json.path("text").asText("");
            return text.isEmpty() ? json.path("attachments").toString() : text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
