package nl.hgw.dialogs;

/**
 * The three things the bot does. Each has a {@code task.<key>.title} and {@code .text}
 * message.
 */
public enum Task {

    /** Rewrite a note about a pupil: from deficit language to needs tied to a goal. */
    NOTE("note"),

    /** Rewrite a report by an IB'er or KC'er. */
    REPORT("report"),

    /** The HGW mirror with a team: seven principles, feed up/back/forward, "Morgen ga ik …". */
    MIRROR("mirror");

    private final String key;

    Task(String key) {
        this.key = key;
    }

    String title(Messages messages) {
        return messages.text("task." + key + ".title");
    }

    String text(Messages messages) {
        return messages.text("task." + key + ".text");
    }
}
