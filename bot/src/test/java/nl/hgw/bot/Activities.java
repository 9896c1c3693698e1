package nl.hgw.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
