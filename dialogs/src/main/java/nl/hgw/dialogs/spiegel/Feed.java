package nl.hgw.dialogs.spiegel;

import java.util.Locale;
import java.util.Optional;

/**
 * The three questions of effective feedback that the spiegel asks about every principle:
 * where do we want to go, where are we now, what is the next step.
 */
public enum Feed {

    /** Where do we want to go: what will we see and hear then? */
    FEED_UP,

    /** What do we already do, what works? */
    FEED_BACK,

    /** What is the next step? */
    FEED_FORWARD;

    /** The id in data files and in the database: {@code feed_up}, {@code feed_back}, {@code feed_forward}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Feed> fromId(String id) {
        for (Feed feed : values()) {
            if (feed.id().equals(id)) {
                return Optional.of(feed);
            }
        }
        return Optional.empty();
    }
}
