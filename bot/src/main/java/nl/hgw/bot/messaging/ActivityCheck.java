package nl.hgw.bot.messaging;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.RoleTypes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * What an activity must carry before the SDK sees it; without these the SDK fails inside
 * its future (an NPE or IllegalArgumentException, so a 500) instead of saying no.
 */
final class ActivityCheck {

    private ActivityCheck() {
    }

    /** The first problem with the activity, if any, as a message for the caller. */
    static Optional<String> problem(Activity activity) {
        if (blank(activity.getType())) {
            return Optional.of("Activity lacks 'type'");
        }
        if (blank(activity.getChannelId())) {
            return Optional.of("Activity lacks 'channelId'");
        }
        if (blank(activity.getServiceUrl())) {
            return Optional.of("Activity lacks 'serviceUrl'");
        }
        if (!httpUrl(activity.getServiceUrl())) {
            return Optional.of("Activity's 'serviceUrl' is not an http(s) URL");
        }
        if (activity.getConversation() == null || blank(activity.getConversation().getId())) {
            return Optional.of("Activity lacks 'conversation.id'");
        }
        if (activity.getFrom() == null) {
            return Optional.of("Activity lacks 'from'");
        }
        return Optional.empty();
    }

    /**
     * Fills in what the SDK needs but simple clients (curl, test tools) leave out: the
     * recipient's role, without which the SDK fails on the {@code emulator} channel.
     */
    static void normalise(Activity activity) {
        if (activity.getRecipient() != null && activity.getRecipient().getRole() == null) {
            activity.getRecipient().setRole(RoleTypes.BOT);
        }
    }

    private static boolean httpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
