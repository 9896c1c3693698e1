package nl.hgw.bot.storage;

import com.microsoft.bot.builder.TurnContext;
import java.util.Optional;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * Whose a bot state document is. The SDK's keys ({@code msteams/conversations/<id>},
 * {@code msteams/users/<id>}) name no tenant or team, so the state carries its owner under
 * {@value #KEY} ({@link OwnedBotState} puts it there when it saves), and {@link MongoStorage}
 * copies it into the document's {@code tenantId} and {@code teamId}: an administrator can then
 * delete a team's or a tenant's state. Conversation state names the tenant and the team
 * ({@link TeamScope#of}); user state (the role) names the tenant only, as a user works in several
 * teams.
 *
 * @param teamId null for user state
 */
public record StateOwner(String tenantId, String teamId) {

    /** The entry of the state map that holds the owner. */
    public static final String KEY = "hgwOwner";

    /**
     * The owner of the state of this turn's conversation ({@code withTeam}) or user; empty for a
     * turn without a conversation.
     */
    static Optional<StateOwner> of(TurnContext turn, boolean withTeam) {
        if (turn == null || turn.getActivity() == null) {
            return Optional.empty();
        }
        try {
            TeamScope scope = TeamScope.of(turn.getActivity());
            return Optional.of(new StateOwner(scope.tenantId(), withTeam ? scope.teamId() : null));
        } catch (IllegalArgumentException noConversation) {
            return Optional.empty();
        }
    }
}
