package nl.hgw.bot.messaging;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.RoleTypes;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * What an activity must carry before the SDK sees it; without these the SDK fails inside
 * its future (an NPE or IllegalArgumentException, so a 500) instead of saying no.
 */
final class ActivityCheck {

    /**
     * The longest id (activity, conversation, user, channel) accepted. Real ones are under 200
     * characters (Teams' longest, a personal chat's conversation id, about 150); ids go into the
     * Connector's URLs, storage keys and the log, so a longer one is refused rather than sent on.
     */
    static final int MAX_ID = 1_024;

    /** The longest service URL accepted (Microsoft's are about 40 characters). */
    static final int MAX_URL = 2_048;

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
        if (!printableAscii(activity.getConversation().getId())) {
            // the Connector client sends it as a header too, where anything else cannot go
            return Optional.of("Activity's 'conversation.id' is not printable ASCII");
        }
        if (activity.getFrom() == null || blank(activity.getFrom().getId())) {
            return Optional.of("Activity lacks 'from.id'");
        }
        return tooLong(activity);
    }

    private static Optional<String> tooLong(Activity activity) {
        if (activity.getServiceUrl().length() > MAX_URL) {
            return Optional.of("Activity's 'serviceUrl' is longer than " + MAX_URL + " characters");
        }
        String[][] ids = {{"id", activity.getId()}, {"channelId", activity.getChannelId()},
            {"conversation.id", activity.getConversation().getId()}, {"from.id", activity.getFrom().getId()},
            {"recipient.id", activity.getRecipient() == null ? null : activity.getRecipient().getId()},
            {"replyToId", activity.getReplyToId()}};
        for (String[] id : ids) {
            if (id[1] != null && id[1].length() > MAX_ID) {
                return Optional.of("Activity's '" + id[0] + "' is longer than " + MAX_ID + " characters");
            }
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
        activity.setLocale(wellFormedLocale(activity.getLocale()));
    }

    /**
     * The locale as a BCP 47 tag ({@code nl_NL} becomes {@code nl-NL}), or none when it is no tag
     * at all: the SDK parses it before the bot runs and fails the turn on a malformed one.
     */
    static String wellFormedLocale(String locale) {
        if (locale == null || locale.isBlank()) {
            return null;
        }
        String tag = locale.strip().replace('_', '-');
        try {
            new Locale.Builder().setLanguageTag(tag);
            return tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static boolean httpUrl(String value) {
        try {
            URI uri = new URI(value);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!http || uri.getHost() == null || uri.getPort() > 65_535) {
                return false;
            }
            uri.toURL();
            return true;
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean printableAscii(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
