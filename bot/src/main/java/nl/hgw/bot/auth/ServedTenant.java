package nl.hgw.bot.auth;

import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.util.ArrayList;
import java.util.List;

/**
 * Which Microsoft 365 tenant the bot serves. The SDK for Java (4.14.3) checks no tenant on
 * incoming requests: a channel token is issued by {@code https://api.botframework.com} and
 * names no tenant, and {@code MicrosoftAppTenantId} only picks where outgoing tokens come
 * from. So with {@code MicrosoftAppType=SingleTenant} (or {@code UserAssignedMSI} with a
 * tenant id) an activity must come from that tenant: every tenant it names
 * ({@code conversation.tenantId}, {@code channelData.tenant.id}) is the app's, and a Teams
 * activity must name one. MultiTenant and local mode serve every tenant.
 *
 * @param only the one tenant served; empty = any
 */
record ServedTenant(String only) {

    static ServedTenant of(BotCredentials credentials) {
        boolean single = credentials.type() == AppType.SINGLE_TENANT || credentials.type() == AppType.USER_ASSIGNED_MSI;
        return new ServedTenant(credentials.localMode() || !single ? "" : credentials.tenantId());
    }

    boolean allows(Activity activity) {
        if (only.isEmpty()) {
            return true;
        }
        List<String> named = namedTenants(activity);
        if (named.isEmpty()) {
            return !Channels.MSTEAMS.equals(activity.getChannelId());
        }
        return named.stream().allMatch(only::equalsIgnoreCase);
    }

    private static List<String> namedTenants(Activity activity) {
        List<String> tenants = new ArrayList<>();
        if (activity.getConversation() != null && notBlank(activity.getConversation().getTenantId())) {
            tenants.add(activity.getConversation().getTenantId().strip());
        }
        if (activity.getChannelData() != null) {
            String fromChannelData;
            try {
                fromChannelData = Serialization.objectToTree(activity.getChannelData()).path("tenant").path("id")
                    .asText("");
            } catch (RuntimeException unreadable) {
                fromChannelData = "";
            }
            if (notBlank(fromChannelData)) {
                tenants.add(fromChannelData.strip());
            }
        }
        return tenants;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
