package nl.hgw.dialogs;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.Serialization;
import java.util.ArrayList;
import java.util.List;

/** Teams' @mentions in an activity: whether the bot is addressed, and the text without them. */
final class Mentions {

    private Mentions() {
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
        for (Mention mention : mentions(activity)) {
            if (mentionsBot(mention, botId) && mention.getText() != null) {
                text = text.replace(mention.getText(), "");
            }
        }
        return text.strip();
    }

    /** Whether the activity @mentions the bot (Teams channels and group chats need that). */
    static boolean mentionsBot(Activity activity) {
        if (activity.getRecipient() == null || activity.getEntities() == null) {
            return false;
        }
        String botId = activity.getRecipient().getId();
        return mentions(activity).stream().anyMatch(mention -> mentionsBot(mention, botId));
    }

    /**
     * The activity's mention entities that read as mentions. The SDK's {@code getMentions} fails on
     * an entity without a type, returns null for one that does not convert, and prints the
     * converter's message (which quotes the entity) to standard error.
     */
    static List<Mention> mentions(Activity activity) {
        List<Mention> mentions = new ArrayList<>();
        for (Entity entity : activity.getEntities()) {
            if (entity == null || !"mention".equalsIgnoreCase(entity.getType())) {
                continue;
            }
            try {
                Mention mention = Serialization.getAs(entity, Mention.class);
                if (mention != null) {
                    mentions.add(mention);
                }
            } catch (RuntimeException unreadable) {
                // not a mention after all
            }
        }
        return mentions;
    }

    private static boolean mentionsBot(Mention mention, String botId) {
        return mention.getMentioned() != null && botId != null && botId.equals(mention.getMentioned().getId());
    }
}
