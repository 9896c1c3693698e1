package nl.hgw.dialogs.reminder;

import com.microsoft.bot.schema.ConversationReference;
import java.time.Instant;
import java.time.LocalDate;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * "How did it go?": the question a team gets on the day it set to look back on its
 * "Morgen ga ik …", in the conversation where it made the commitment.
 *
 * @param id          random id
 * @param spiegelId   the spiegel whose commitment it asks about (the answer is stored there)
 * @param spiegelDate the day of that spiegel, how teachers name it
 * @param due         the day to ask, a school day
 * @param locale      the language the commitment was made in
 * @param what        the commitment's "what", to remind the team of it
 * @param check       how the team said it would know it worked (may be empty)
 * @param reference   where to ask: the conversation (and thread) of the commitment
 */
public record Reminder(String id, TeamScope team, String spiegelId, LocalDate spiegelDate, LocalDate due,
        String locale, String what, String check, ConversationReference reference, Instant createdAt) {
}
