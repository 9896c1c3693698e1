package nl.hgw.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.context.ConfigurableApplicationContext;

/** Activities as a channel sends them, and a tiny client that posts them to the bot. */
public final class Activities {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Activities() {
    }

    public static ObjectNode message(String conversationId, String channelId, String serviceUrl, String text) {
        ObjectNode activity = base("message", conversationId, channelId, serviceUrl);
        activity.put("text", text);
        return activity;
    }

    public static ObjectNode conversationUpdate(String conversationId, String channelId, String serviceUrl) {
        ObjectNode activity = base("conversationUpdate", conversationId, channelId, serviceUrl);
        activity.putArray("membersAdded").addObject().put("id", "user-1").put("name", "Juf Anna");
        return activity;
    }

    /** An Action.Submit of a card in Web Chat: the card's inputs as shown, plus the data of the button {@code action}. */
    public static ObjectNode cardSubmit(String conversationId, String serviceUrl, JsonNode card, String action) {
        ObjectNode activity = base("message", conversationId, "webchat", serviceUrl);
        ObjectNode value = activity.putObject("value");
        Replies.inputs(card, value);
        for (JsonNode button : card.path("actions")) {
            if (action.equals(button.path("data").path("hgwAction").asText())) {
                value.setAll((ObjectNode) button.path("data"));
            }
        }
        return activity;
    }

    /** Posts the activity to a running application and checks it was accepted (202). */
    public static void accepted(ConfigurableApplicationContext application, ObjectNode activity) {
        int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        assertThat(post(port, activity.toString(), null).statusCode()).as("accepted").isEqualTo(202);
    }

    private static ObjectNode base(String type, String conversationId, String channelId, String serviceUrl) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", type);
        activity.put("id", "activity-" + System.nanoTime());
        activity.put("timestamp", "2026-11-24T10:00:00.123Z");
        activity.put("channelId", channelId);
        activity.put("serviceUrl", serviceUrl);
        activity.put("locale", "nl-NL");
        activity.putObject("from").put("id", "user-1").put("name", "Juf Anna").put("role", "user");
        activity.putObject("recipient").put("id", "bot-1").put("name", "HGW-assistent").put("role", "bot");
        activity.putObject("conversation").put("id", conversationId);
        return activity;
    }

    public static HttpResponse<String> post(int port, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
