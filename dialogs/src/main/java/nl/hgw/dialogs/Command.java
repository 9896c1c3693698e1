package nl.hgw.dialogs;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Mention;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The few fixed commands a user can type or click; everything else is free text. */
enum Command {

    HELP,

    /** Ask (again) whether the user is a teacher, an IB'er/KC'er or someone else. */
    ROLE,

    NONE;

    /** The field an Adaptive Card's Action.Submit data carries a command in. */
    static final String CARD_FIELD = "hgwCommand";

    private static final Set<String> HELP_WORDS = Set.of("help", "hulp", "?", "menu", "/help");

    private static final Set<String> ROLE_WORDS =
            Set.of("rol", "role", "mijn rol", "rol wijzigen", "my role", "change role", "/rol", "/role");

    static Command of(Activity activity) {
        if (activity.getValue() instanceof Map<?, ?> value && value.get(CARD_FIELD) instanceof String name) {
            return byName(name);
        }
        String text = normalise(textWithoutMentions(activity));
        if (HELP_WORDS.contains(text)) {
            return HELP;
        }
        if (ROLE_WORDS.contains(text)) {
            return ROLE;
        }
        return NONE;
    }

    /** The command's name in card data, e.g. {@code "role"}. */
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
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.length() > 1 ? lower.replaceAll("[!.\\s]+$", "") : lower;
    }

    /**
     * The text with Teams' {@code <at>bot</at>} mention of the bot taken out. Unlike the SDK's
     * {@code removeRecipientMention} this tolerates mention entities without a mentioned
     * account and treats the mention text literally.
     */
    static String textWithoutMentions(Activity activity) {
        String text = activity.getText();
        if (text == null || activity.getRecipient() == null || activity.getEntities() == null) {
            return text;
        }
        String botId = activity.getRecipient().getId();
        for (Mention mention : activity.getMentions()) {
            if (mention.getMentioned() != null && botId != null && botId.equals(mention.getMentioned().getId())
                    && mention.getText() != null) {
                text = text.replace(mention.getText(), "");
            }
        }
        return text.strip();
    }
}
