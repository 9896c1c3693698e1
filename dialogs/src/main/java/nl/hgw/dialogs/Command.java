package nl.hgw.dialogs;

import com.microsoft.bot.schema.Activity;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fixed commands a user can type or click; everything else is free text (a note about a
 * pupil, or an answer to the question the bot asked). Words of both languages work in both.
 */
enum Command {

    HELP,

    /** Ask (again) whether the user is a teacher, an IB'er/KC'er or someone else. */
    ROLE,

    /** Start a note about a pupil, optionally with the name: "nieuwe leerling Joost". */
    NEW_PUPIL,

    /** The pupils of this team with their goals. */
    LIST,

    /** "toon Joost": the stored goal, needs, subgroups and support needs. */
    SHOW,

    /** "wijzig Joost": goal and needs editable again. */
    EDIT,

    /** "verwijder Joost": after a confirmation, really deleted. */
    DELETE,

    /** "herformuleer verslag", optionally followed by the pasted report. */
    REPORT,

    /** Stop what is going on; nothing half-done is stored. */
    CANCEL,

    /** One question back. */
    BACK,

    /** Try the save again (when the database was away). */
    SAVE,

    /** Start the HGW-spiegel with the team: "spiegel", "HGW-spiegel", "mirror". */
    MIRROR,

    /** Continue the team's unfinished spiegel: "verder met de spiegel", "verder". */
    MIRROR_CONTINUE,

    /** The team's spiegels: "spiegels". */
    MIRRORS,

    /** "toon spiegel 24-11-2026": one spiegel as a card; wins over "toon" a pupil. */
    MIRROR_SHOW,

    /** "verwijder spiegel 24-11-2026": after a confirmation, really deleted. */
    MIRROR_DELETE,

    /** "exporteer spiegel 24-11-2026": the spiegel as a .docx to download. */
    MIRROR_EXPORT,

    /** "herinneringen": the team's scheduled "how did it go?" reminders. */
    REMINDERS,

    /** "annuleer herinnering [datum]". */
    REMINDER_CANCEL,

    /** The reminder card's button: the answer is in the card's input. */
    REMINDER_ANSWER,

    /** "groepsoverzicht": the circles of the team's pupils as a picture, with the shared needs. */
    GROUP_OVERVIEW,

    /** "verplaats 3 naar 2": a pupil to another circle (also the overview card's button). */
    GROUP_MOVE,

    /** "hernoem cirkel 1 Rekengroep": a circle's own name (also the overview card's button). */
    GROUP_RENAME,

    /** "exporteer groep": the group overview as a .docx to download. */
    GROUP_EXPORT,

    /** "exporteer Joost": one pupil's plan as a .docx to download. */
    PUPIL_EXPORT,

    NONE;

    /** The field an Adaptive Card's Action.Submit data carries a command in. */
    static final String CARD_FIELD = "hgwCommand";

    /** The field a card's command carries the pupil's name in, e.g. the summary card's "edit". */
    static final String CARD_PUPIL = "pupil";

    /** A command with what follows it ("Joost" in "toon Joost"); the argument may be empty. */
    record Parsed(Command command, String argument) {

        static final Parsed NOTHING = new Parsed(NONE, "");
    }

    private static final Set<String> HELP_WORDS = Set.of("help", "hulp", "?", "menu", "/help");

    private static final Set<String> ROLE_WORDS =
            Set.of("rol", "role", "mijn rol", "rol wijzigen", "my role", "change role", "/rol", "/role");

    private static final Set<String> LIST_WORDS =
            Set.of("leerlingen", "mijn leerlingen", "lijst", "/leerlingen", "pupils", "students", "list", "/pupils");

    private static final Set<String> CANCEL_WORDS =
            Set.of("stop", "stoppen", "annuleer", "annuleren", "/stop", "cancel", "quit");

    private static final Set<String> BACK_WORDS = Set.of("terug", "vorige", "/terug", "back", "go back", "/back");

    private static final Set<String> SAVE_WORDS = Set.of("opslaan", "bewaar", "bewaren", "/opslaan", "save", "/save");

    private static final Set<String> NEW_PUPIL_WORDS =
            Set.of("nieuwe leerling", "nieuwe notitie", "notitie", "/nieuw", "new pupil", "new student", "new note");

    /** The report command, alone or followed by the report itself (newlines kept). */
    private static final Pattern REPORT_WORDS = Pattern.compile("(?iu)^\\s*/?(herformuleer (?:het |een )?(?:verslag|rapport)"
        + "|verslag herformuleren|verslag|reformulate (?:a |the )?report|report)(?:[\\s:]+|$)");

    private static final Set<String> MIRROR_WORDS = Set.of("spiegel", "hgw-spiegel", "hgw spiegel", "hgwspiegel",
        "de spiegel", "nieuwe spiegel", "/spiegel", "mirror", "hgw mirror", "hgw-mirror", "new mirror", "/mirror");

    private static final Set<String> MIRROR_CONTINUE_WORDS = Set.of("verder met de spiegel", "verder met spiegel",
        "verder", "ga verder", "continue mirror", "continue the mirror", "continue", "/verder");

    private static final Set<String> MIRRORS_WORDS = Set.of("spiegels", "mijn spiegels", "toon spiegels",
        "/spiegels", "mirrors", "my mirrors", "show mirrors", "/mirrors");

    /** Command words followed by a date, checked before the pupil commands ("toon spiegel …" is no pupil). */
    private static final Map<String, Command> WITH_DATE = Map.ofEntries(Map.entry("toon spiegel", MIRROR_SHOW),
        Map.entry("bekijk spiegel", MIRROR_SHOW), Map.entry("show mirror", MIRROR_SHOW),
        Map.entry("verwijder spiegel", MIRROR_DELETE), Map.entry("wis spiegel", MIRROR_DELETE),
        Map.entry("delete mirror", MIRROR_DELETE), Map.entry("exporteer spiegel", MIRROR_EXPORT),
        Map.entry("download spiegel", MIRROR_EXPORT), Map.entry("export mirror", MIRROR_EXPORT),
        Map.entry("download mirror", MIRROR_EXPORT), Map.entry("annuleer herinnering", REMINDER_CANCEL),
        Map.entry("verwijder herinnering", REMINDER_CANCEL), Map.entry("cancel reminder", REMINDER_CANCEL));

    private static final Set<String> GROUP_WORDS = Set.of("groepsoverzicht", "groep", "de groep", "mijn groep",
        "groepsoverzicht tonen", "toon groep", "/groep", "/groepsoverzicht", "group overview", "group", "my group",
        "show group", "/group");

    private static final Set<String> GROUP_EXPORT_WORDS = Set.of("exporteer groep", "exporteer de groep",
        "exporteer groepsoverzicht", "download groep", "download groepsoverzicht", "export group",
        "export group overview", "download group");

    /** Command words followed by free text: a pupil and a circle, a circle and a name. */
    /**
     * What follows "verplaats" / "hernoem" in a command: a pupil (up to four words) "naar" a circle
     * (at most three), or a circle's number (or "cirkel") and a name. Anything longer is a sentence
     * about a pupil ("Verplaats Joost naar een rustige plek in de klas"), not a command.
     */
    private static final Map<Command, java.util.regex.Pattern> GROUP_ARGUMENTS = Map.of(
        GROUP_MOVE, java.util.regex.Pattern.compile("\\S+(?: \\S+){0,3} (?:naar|to) \\S+(?: \\S+){0,2}",
            java.util.regex.Pattern.CASE_INSENSITIVE),
        GROUP_RENAME, java.util.regex.Pattern.compile("(?:\\d|cirkel\\b|circle\\b).*",
            java.util.regex.Pattern.CASE_INSENSITIVE));

    private static final Map<String, Command> WITH_TEXT = Map.of("verplaats", GROUP_MOVE, "move", GROUP_MOVE,
        "hernoem cirkel", GROUP_RENAME, "hernoem", GROUP_RENAME, "rename circle", GROUP_RENAME, "rename", GROUP_RENAME);

    private static final Set<String> REMINDERS_WORDS = Set.of("herinneringen", "herinnering", "mijn herinneringen",
        "/herinneringen", "reminders", "my reminders", "/reminders");

    /** Command words followed by a pupil's name. */
    private static final Map<String, Command> WITH_NAME = Map.ofEntries(Map.entry("toon", SHOW),
        Map.entry("bekijk", SHOW), Map.entry("show", SHOW), Map.entry("wijzig", EDIT), Map.entry("bewerk", EDIT),
        Map.entry("edit", EDIT), Map.entry("verwijder", DELETE), Map.entry("wis", DELETE), Map.entry("delete", DELETE),
        Map.entry("exporteer", PUPIL_EXPORT), Map.entry("export", PUPIL_EXPORT));

    /** A name is a few words without sentence punctuation: "toon Joost", not "Toon heeft ADHD, …". */
    private static final Pattern NAME = Pattern.compile("[^,.;:!?]{1,60}");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern TRAILING_STOPS = Pattern.compile("[!.\\s]+$");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[!.?\\s]+$");

    private static final int MAX_NAME_WORDS = 4;

    static Command of(Activity activity) {
        return parse(activity).command();
    }

    static Parsed parse(Activity activity) {
        if (activity.getValue() instanceof Map<?, ?> value && value.get(CARD_FIELD) instanceof String name) {
            Object pupil = value.get(CARD_PUPIL);
            return new Parsed(byName(name), pupil instanceof String text ? text.strip() : "");
        }
        String text = Mentions.textWithoutMentions(activity);
        return parse(text == null ? "" : text.strip());
    }

    static Parsed parse(String text) {
        String lower = normalise(text);
        Command exact = exact(lower);
        if (exact != NONE) {
            return new Parsed(exact, "");
        }
        for (Map.Entry<String, Command> words : WITH_DATE.entrySet()) {
            if (lower.equals(words.getKey()) || lower.startsWith(words.getKey() + " ")) {
                String collapsed = SPACES.matcher(text.strip()).replaceAll(" ");
                return new Parsed(words.getValue(), stripEnd(collapsed.substring(words.getKey().length()).strip()));
            }
        }
        String textCommand = WITH_TEXT.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .filter(words -> lower.startsWith(words + " ")).findFirst().orElse(null);
        if (textCommand != null) {
            String collapsed = SPACES.matcher(text.strip()).replaceAll(" ");
            String argument = collapsed.substring(textCommand.length()).strip();
            if (GROUP_ARGUMENTS.get(WITH_TEXT.get(textCommand)).matcher(argument).matches()) {
                return new Parsed(WITH_TEXT.get(textCommand), argument);
            }
        }
        java.util.regex.Matcher report = REPORT_WORDS.matcher(text == null ? "" : text);
        if (report.find()) {
            return new Parsed(REPORT, text.substring(report.end()).strip());
        }
        for (String words : NEW_PUPIL_WORDS) {
            if (lower.startsWith(words + " ") && !words.startsWith("/")) {
                return new Parsed(NEW_PUPIL, stripEnd(text.substring(words.length()).strip()));
            }
        }
        int space = lower.indexOf(' ');
        if (space > 0) {
            Command command = WITH_NAME.get(lower.substring(0, space));
            String argument = stripEnd(text.substring(space + 1).strip());
            if (command != null && NAME.matcher(argument).matches()
                    && SPACES.split(argument).length <= MAX_NAME_WORDS) {
                return new Parsed(command, argument);
            }
        }
        return Parsed.NOTHING;
    }

    private static Command exact(String lower) {
        if (HELP_WORDS.contains(lower)) {
            return HELP;
        }
        if (ROLE_WORDS.contains(lower)) {
            return ROLE;
        }
        if (LIST_WORDS.contains(lower)) {
            return LIST;
        }
        if (CANCEL_WORDS.contains(lower)) {
            return CANCEL;
        }
        if (BACK_WORDS.contains(lower)) {
            return BACK;
        }
        if (SAVE_WORDS.contains(lower)) {
            return SAVE;
        }
        if (NEW_PUPIL_WORDS.contains(lower)) {
            return NEW_PUPIL;
        }
        if (MIRROR_WORDS.contains(lower)) {
            return MIRROR;
        }
        if (MIRROR_CONTINUE_WORDS.contains(lower)) {
            return MIRROR_CONTINUE;
        }
        if (MIRRORS_WORDS.contains(lower)) {
            return MIRRORS;
        }
        if (GROUP_WORDS.contains(lower)) {
            return GROUP_OVERVIEW;
        }
        if (GROUP_EXPORT_WORDS.contains(lower)) {
            return GROUP_EXPORT;
        }
        if (REMINDERS_WORDS.contains(lower)) {
            return REMINDERS;
        }
        return NONE;
    }

    /** The command's name in card data, e.g. {@code "role"} or {@code "new_pupil"}. */
    String cardValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static Command byName(String name) {
        for (Command command : values()) {
            if (command.cardValue().equals(name)) {
                return command;
            }
        }
        return NONE;
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return lower.length() > 1 ? TRAILING_STOPS.matcher(lower).replaceAll("") : lower;
    }

    private static String stripEnd(String text) {
        return TRAILING_PUNCTUATION.matcher(text).replaceAll("");
    }
}
