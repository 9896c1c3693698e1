package nl.hgw.dialogs.spiegel;

import java.time.Instant;

/**
 * One teacher's answer to one prompt of one principle.
 *
 * @param principle  the principle's id ({@code goals}, {@code interaction}, …)
 * @param feed       the prompt it answers
 * @param text       what was written, as written
 * @param authorId   the author's Azure AD object id, else the channel's user id
 * @param authorName the author's display name when it was written
 * @param at         when it was written
 */
public record Answer(String principle, Feed feed, String text, String authorId, String authorName, Instant at) {
}
