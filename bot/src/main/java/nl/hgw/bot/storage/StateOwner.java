package nl.hgw.bot.storage;

import com.microsoft.bot.builder.BotState;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.UserState;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * Whose a bot state document is. The SDK's keys ({@code msteams/conversations/<id>},
 * {@code msteams/users/<id>}) name no tenant or team, so the state carries its owner under
 * {@value #KEY}, and {@link MongoStorage} copies it into the document's {@code tenantId} and
 * {@code teamId}: an administrator can then delete a team's or a tenant's state. Conversation
 * state names the tenant and the team ({@link TeamScope#of}); user state (the role) names the
 * tenant only, as a user works in several teams.
 *
 * @param teamId null for user state
 */
public record StateOwner(String tenantId, String teamId) {

    /** The entry of the state map that holds the owner. */
    public static final String KEY = "hgwOwner";

    /** Conversation state that names its tenant and team whenever it is saved. */
    public static ConversationState conversationState(Storage storage) {
        return new ConversationState(storage) {
            @Override
            public CompletableFuture<Void> saveChanges(TurnContext turn, boolean force) {
                tag(this, turn, true);
                return super.saveChanges(turn, force);
            }
        };
    }

    /** User state that names its tenant whenever it is saved. */
    public static UserState userState(Storage storage) {
        return new UserState(storage) {
            @Override
            public CompletableFuture<Void> saveChanges(TurnContext turn, boolean force) {
                tag(this, turn, false);
                return super.saveChanges(turn, force);
            }
        };
    }

    /** Only state this turn loaded is saved, so only that is tagged; the same owner again changes nothing. */
    private static void tag(BotState state, TurnContext turn, boolean withTeam) {
        BotState.CachedBotState cached = turn == null ? null : state.getCachedState(turn);
        if (cached == null || turn.getActivity() == null) {
            return;
        }
        TeamScope scope;
        try {
            scope = TeamScope.of(turn.getActivity());
        } catch (IllegalArgumentException noConversation) {
            return;
        }
        cached.getState().put(KEY, new StateOwner(scope.tenantId(), withTeam ? scope.teamId() : null));
    }
}
