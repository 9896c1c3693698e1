package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;

/**
 * Whose pupils: a team within a tenant. Every read, write and delete of pupil data names
 * one, so one team never sees another's pupils.
 *
 * @param tenantId the Microsoft 365 tenant ({@code conversation.tenantId} or
 *                 {@code channelData.tenant.id}); {@value #LOCAL_TENANT} outside Teams
 * @param teamId   the Teams team ({@code channelData.team.id}); outside a team, the
 *                 conversation (a personal or group chat), without its thread suffix
 */
public record TeamScope(String tenantId, String teamId) {

    /** The tenant of conversations that do not come from Microsoft 365 (Emulator, Web Chat, tests). */
    public static final String LOCAL_TENANT = "local";

    public TeamScope {
        if (tenantId == null || tenantId.isBlank() || teamId == null || teamId.isBlank()) {
            throw new IllegalArgumentException("A team scope needs a tenant and a team");
        }
    }

    /** The scope of the conversation an activity comes from. */
    public static TeamScope of(Activity activity) {
        JsonNode channelData = channelData(activity);
        String tenant = activity.getConversation() == null ? null : activity.getConversation().getTenantId();
        if (tenant == null || tenant.isBlank()) {
            tenant = channelData.path("tenant").path("id").asText("");
        }
        String team = channelData.path("team").path("id").asText("");
        if (team.isBlank() && activity.getConversation() != null && activity.getConversation().getId() != null) {
            team = withoutThread(activity.getConversation().getId());
        }
        return new TeamScope(tenant.isBlank() ? LOCAL_TENANT : tenant, team);
    }

    /** Who is writing: the user's Azure AD object id, else the channel's user id. */
    public static String authorOf(Activity activity) {
        if (activity.getFrom() == null) {
            return "unknown";
        }
        String aad = activity.getFrom().getAadObjectId();
        if (aad != null && !aad.isBlank()) {
            return aad;
        }
        return activity.getFrom().getId() == null ? "unknown" : activity.getFrom().getId();
    }

    /** Whether the conversation is in a Teams team (its pupils are the team's) rather than a chat. */
    public static boolean inTeam(Activity activity) {
        return !channelData(activity).path("team").path("id").asText("").isBlank();
    }

    private static JsonNode channelData(Activity activity) {
        if (activity.getChannelData() == null) {
            return Serialization.objectToTree(java.util.Map.of());
        }
        try {
            return Serialization.objectToTree(activity.getChannelData());
        } catch (RuntimeException unreadable) {
            return Serialization.objectToTree(java.util.Map.of());
        }
    }

    /** A channel thread's conversation id ends in {@code ;messageid=…}: the team is the same. */
    private static String withoutThread(String conversationId) {
        int thread = conversationId.indexOf(";messageid=");
        return thread < 0 ? conversationId : conversationId.substring(0, thread);
    }
}
