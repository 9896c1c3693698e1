package nl.hgw.bot;

import java.util.Arrays;
import java.util.Map;

import nl.hgw.bot.reformulate.ReformulateCommand;
import nl.hgw.bot.storage.DeleteTeamCommand;
import nl.hgw.bot.storage.EmbeddedMongoCommand;

/**
 * Subcommands of the jar that do their work and exit without starting the web server,
 * e.g. {@code java -jar hgw-bot.jar reformulate …}. To add one, implement {@link Command}
 * and register it in {@link #COMMANDS} under its name.
 */
public final class CommandLine {

    /** One subcommand. Gets the arguments after its name; returns the process exit code. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args) throws Exception;
    }

    /** Name → command. */
    private static final Map<String, Command> COMMANDS = Map.of("reformulate", ReformulateCommand::run,
        "delete-team", DeleteTeamCommand::run, "embedded-mongo", EmbeddedMongoCommand::run);

    private CommandLine() {
    }

    /** Whether the first argument names a subcommand (anything else goes to Spring Boot). */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    /** Runs the subcommand named by the first argument and returns its exit code. */
    public static int run(String[] args) {
        Command command = COMMANDS.get(args[0]);
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length));
        } catch (Exception e) {
            System.err.println(args[0] + ": " + e.getMessage());
            return 1;
        }
    }
}
