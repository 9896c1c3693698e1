package nl.hgw.dialogs.spiegel;

import com.microsoft.bot.builder.TurnContext;
import java.util.Optional;
import nl.hgw.dialogs.Messages;

/** What happens once a team made its "Morgen ga ik …": e.g. a reminder on the day it looks back. */
public interface CommitmentFollowUp {

    /** Nothing follows (tests of the spiegel alone). */
    CommitmentFollowUp NONE = (turn, spiegel, messages) -> Optional.empty();

    /** Arranges what follows the finished {@code spiegel}; returns what to tell the team about it. */
    Optional<String> after(TurnContext turn, Spiegel spiegel, Messages messages);
}
