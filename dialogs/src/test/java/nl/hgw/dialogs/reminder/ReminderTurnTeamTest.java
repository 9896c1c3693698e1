package nl.hgw.dialogs.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import nl.hgw.dialogs.pupil.TeamScope;
import org.junit.jupiter.api.Test;

/** A reminder's turn has no channel data; what it stores must still be the commitment team's. */
class ReminderTurnTeamTest {

    @Test
    void aTurnInATeamsChannelBelongsToTheTeamOfTheCommitment() {
        Activity turn = continuation("19:general@thread.tacv2;messageid=1700000000000");
        TeamScope team = new TeamScope("tenant-1", "19:team-a@thread.tacv2");
        assertThat(TeamScope.of(turn)).as("without the team, a channel looks like a chat").isNotEqualTo(team);

        ReminderFeature.belongsTo(turn, team);

        assertThat(TeamScope.of(turn)).isEqualTo(team);
    }

    @Test
    void aTurnInAChatIsLeftAsItIs() {
        Activity turn = continuation("19:group-chat@thread.v2");
        TeamScope chat = TeamScope.of(turn);

        ReminderFeature.belongsTo(turn, chat);

        assertThat(turn.getChannelData()).isNull();
        assertThat(TeamScope.of(turn)).isEqualTo(chat);
    }

    private static Activity continuation(String conversationId) {
        ConversationReference reference = new ConversationReference();
        reference.setChannelId("msteams");
        reference.setServiceUrl("https://smba.trafficmanager.net/emea/");
        ConversationAccount conversation = new ConversationAccount(conversationId);
        conversation.setTenantId("tenant-1");
        reference.setConversation(conversation);
        return reference.getContinuationActivity();
    }
}
