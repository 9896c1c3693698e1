package nl.hgw.bot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which app types restrict the tenant, and how the activity's tenants are read. */
class ServedTenantTest {

    private static final String OWN = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";

    @Test
    void multiTenantAndLocalModeServeEveryTenant() {
        Activity stranger = teams("another-tenant");
        assertThat(ServedTenant.of(new BotCredentials("app", "pw", OWN, AppType.MULTI_TENANT)).allows(stranger)).isTrue();
        assertThat(ServedTenant.of(new BotCredentials("", "", OWN, AppType.SINGLE_TENANT)).allows(stranger)).isTrue();
    }

    @Test
    void singleTenantAndAManagedIdentityWithATenantServeOnlyIt() {
        for (AppType type : new AppType[] {AppType.SINGLE_TENANT, AppType.USER_ASSIGNED_MSI}) {
            ServedTenant served = ServedTenant.of(new BotCredentials("app", "pw", OWN, type));
            assertThat(served.allows(teams(OWN))).as("%s, own tenant", type).isTrue();
            assertThat(served.allows(teams(OWN.toUpperCase()))).as("%s, own tenant in capitals", type).isTrue();
            assertThat(served.allows(teams("another-tenant"))).as("%s, another tenant", type).isFalse();
        }
        assertThat(ServedTenant.of(new BotCredentials("app", "", "", AppType.USER_ASSIGNED_MSI))
            .allows(teams("another-tenant"))).as("a managed identity without a tenant id").isTrue();
    }

    @Test
    void channelDataThatIsNoObjectNamesNoTenant() {
        Activity activity = teams(null);
        activity.setChannelData("not an object");
        assertThat(ServedTenant.of(new BotCredentials("app", "pw", OWN, AppType.SINGLE_TENANT)).allows(activity))
            .isFalse();
    }

    private static Activity teams(String tenant) {
        Activity activity = Activity.createMessageActivity();
        activity.setChannelId("msteams");
        ConversationAccount conversation = new ConversationAccount();
        conversation.setId("19:abc@thread.tacv2");
        activity.setConversation(conversation);
        if (tenant != null) {
            activity.setChannelData(Map.of("tenant", Map.of("id", tenant)));
        }
        return activity;
    }
}
