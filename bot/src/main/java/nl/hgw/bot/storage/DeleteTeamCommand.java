package nl.hgw.bot.storage;

import ch.qos.logback.classic.Level;
import com.mongodb.client.MongoDatabase;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.hgw.bot.HgwProperties;
import nl.hgw.bot.reminder.MongoReminderRepository;
import nl.hgw.bot.report.MongoDownloadLinks;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.dialogs.spiegel.SpiegelRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar hgw-bot.jar delete-team --tenant T (--team X | --all-teams) [--data-dir DIR]}:
 * deletes every pupil, HGW-spiegel, group overview, reminder, downloadable document and conversation state of one team,
 * or with {@code --all-teams} all of that and the user state of every team of the tenant, for
 * an administrator (e.g. when a school leaves), and prints how many. Connects to
 * {@code MONGODB_URI} when set, else opens the embedded database in {@code --data-dir} /
 * {@code HGW_DATA_DIR} (default {@code ./data}); that one only while the bot is stopped (the
 * file is locked while it runs).
 */
public final class DeleteTeamCommand {

    static final String USAGE = "usage: delete-team --tenant TENANT (--team TEAM | --all-teams) [--data-dir DIR]";

    private static final String ALL_TEAMS = "--all-teams";

    private DeleteTeamCommand() {
    }

    public static int run(String[] args) {
        quietLogs();
        return run(args, System.getenv(), System.out, System.err);
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        String tenant = null;
        String team = null;
        boolean allTeams = false;
        String dataDir = environment.getOrDefault("HGW_DATA_DIR", "./data");
        for (int i = 0; i < args.length; i++) {
            if (ALL_TEAMS.equals(args[i])) {
                allTeams = true;
                continue;
            }
            if (i + 1 >= args.length || !args[i].startsWith("--")) {
                err.println(USAGE);
                return 2;
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--tenant" -> tenant = value;
                case "--team" -> team = value;
                case "--data-dir" -> dataDir = value;
                default -> {
                    err.println("unknown option " + args[i - 1] + ". " + USAGE);
                    return 2;
                }
            }
        }
        if (tenant == null || tenant.isBlank() || allTeams == (team != null)
                || (team != null && team.isBlank())) {
            err.println("--tenant and one of --team or --all-teams are required. " + USAGE);
            return 2;
        }
        String database = environment.getOrDefault("MONGODB_DATABASE", "hgw");
        HgwProperties properties = new HgwProperties(Path.of(dataDir), new HgwProperties.Mongodb(
            environment.getOrDefault("MONGODB_URI", ""), database, Duration.ofSeconds(10)), "", "", 365);
        MongoConnection connection;
        try {
            connection = MongoConnection.open(properties);
        } catch (RuntimeException e) {
            err.println("delete-team: cannot open the database (" + e.getClass().getSimpleName()
                + "); with the embedded database, stop the bot first");
            return 1;
        }
        try (connection) {
            MongoDatabase mongo = connection.client().getDatabase(database);
            MongoPupilRepository pupils = new MongoPupilRepository(mongo, Duration.ofDays(365), Clock.systemUTC());
            MongoSpiegelRepository spiegels = new MongoSpiegelRepository(mongo, Duration.ofDays(365), Clock.systemUTC());
            MongoGroupRepository groups = new MongoGroupRepository(mongo, Duration.ofDays(365), Clock.systemUTC());
            if (allTeams) {
                out.println(report(pupils.deleteAllOfTenant(tenant), spiegels.deleteAllOfTenant(tenant),
                    groups.deleteAllOfTenant(tenant),
                    MongoReminderRepository.deleteAllOfTenant(mongo, tenant),
                    MongoDownloadLinks.deleteAllOfTenant(mongo, tenant), MongoStorage.deleteAllOfTenant(mongo, tenant),
                    "bot state document(s) of every team in tenant " + tenant));
            } else {
                TeamScope scope = new TeamScope(tenant, team);
                out.println(report(pupils.deleteAllOfTeam(scope), spiegels.deleteAllOfTeam(scope),
                    groups.deleteAllOfTeam(scope),
                    MongoReminderRepository.deleteAllOfTeam(mongo, scope),
                    MongoDownloadLinks.deleteAllOfTeam(mongo, scope), MongoStorage.deleteAllOfTeam(mongo, scope),
                    "conversation state(s) of team " + team + " in tenant " + tenant));
            }
            return 0;
        } catch (PupilRepository.UnavailableException | SpiegelRepository.UnavailableException
                | com.mongodb.MongoException e) {
            err.println("delete-team: " + e.getClass().getSimpleName());
            return 1;
        }
    }

    private static String report(long pupils, long spiegels, long groups, long reminders, long downloads,
            long states, String ofWhat) {
        return "Deleted " + pupils + " pupil(s), " + spiegels + " spiegel(s), " + groups + " group overview(s), "
            + reminders + " reminder(s), "
            + downloads + " download(s) and "
            + states + " " + ofWhat + ".";
    }

    /** Outside Spring, logback would print the driver's debug output. */
    private static void quietLogs() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
        if (LoggerFactory.getLogger("de.bwaldvogel.mongo") instanceof ch.qos.logback.classic.Logger embedded) {
            embedded.setLevel(Level.ERROR);
        }
    }
}
