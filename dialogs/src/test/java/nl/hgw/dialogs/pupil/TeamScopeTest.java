package nl.hgw.dialogs.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamScopeTest {

    @Test
    void aTeamsChannelIsScopedByTenantAndTeamWhateverTheThread() {
        Activity first = activity("19:general@thread.tacv2;messageid=111", "tenant-1",
            Map.of("team", Map.of("id", "19:team-a@thread.tacv2"), "tenant", Map.of("id", "tenant-1")));
        Activity other = activity("19:general@thread.tacv2;messageid=222", null,
            Map.of("team", Map.of("id", "19:team-a@thread.tacv2"), "tenant", Map.of("id", "tenant-1")));

        assertThat(TeamScope.of(first)).isEqualTo(new TeamScope("tenant-1", "19:team-a@thread.tacv2"));
        assertThat(TeamScope.of(other)).as("the tenant from channelData").isEqualTo(TeamScope.of(first));
        assertThat(TeamScope.inTeam(first)).isTrue();
    }

    @Test
    void outsideATeamTheConversationIsTheScope() {
        Activity chat = activity("a:personal-chat", "tenant-1", Map.of("tenant", Map.of("id", "tenant-1")));
        assertThat(TeamScope.of(chat)).isEqualTo(new TeamScope("tenant-1", "a:personal-chat"));
        assertThat(TeamScope.inTeam(chat)).isFalse();
    }

    @Test
    void withoutATenantItIsLocal() {
        assertThat(TeamScope.of(activity("convo1", null, null))).isEqualTo(new TeamScope("local", "convo1"));
    }

    @Test
    void theAuthorIsTheAzureAdObjectIdElseTheUserId() {
        Activity activity = activity("c", null, null);
        activity.setFrom(new ChannelAccount("29:teams-user", "Juf Anna"));
        assertThat(TeamScope.authorOf(activity)).isEqualTo("29:teams-user");
        activity.getFrom().setAadObjectId("6f1d-aad");
        assertThat(TeamScope.authorOf(activity)).isEqualTo("6f1d-aad");
    }

    private static Activity activity(String conversation, String tenant, Object channelData) {
        Activity activity = new Activity(ActivityTypes.MESSAGE);
        ConversationAccount account = new ConversationAccount(conversation);
        account.setTenantId(tenant);
        activity.setConversation(account);
        activity.setChannelData(channelData);
        return activity;
    }
}
