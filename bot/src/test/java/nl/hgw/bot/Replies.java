package nl.hgw.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The bot's replies as they reached the WireMock Connector, and what a test reads of their cards. */
public final class Replies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {
    }

    /** Every reply to the conversation so far, in the order the Connector got them. */
    public static List<JsonNode> of(BotFrameworkStub stub, String conversation) {
        return stub.repliesTo(conversation).stream()
            .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
            .map(LoggedRequest::getBodyAsString)
            .map(Replies::json)
            .toList();
    }

    public static String text(JsonNode reply) {
        return reply.path("text").asText();
    }

    /** The Adaptive Card of a reply; fails when the reply has none. */
    public static JsonNode card(JsonNode reply) {
        JsonNode attachment = reply.path("attachments").path(0);
        assertThat(attachment.path("contentType").asText()).as("a card: %s", reply)
            .isEqualTo("application/vnd.microsoft.card.adaptive");
        return attachment.path("content");
    }

    /** The text of every TextBlock of a card, in order. */
    public static List<String> texts(JsonNode card) {
        List<String> texts = new ArrayList<>();
        collect(card, texts);
        return texts;
    }

    /** What a client sends back for the card's inputs as they are shown (their initial values). */
    public static void inputs(JsonNode card, ObjectNode value) {
        if (card.path("type").asText().startsWith("Input.")) {
            value.put(card.path("id").asText(), card.path("value").asText(""));
        }
        card.forEach(child -> inputs(child, value));
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode node, List<String> texts) {
        if ("TextBlock".equals(node.path("type").asText())) {
            texts.add(node.path("text").asText());
        }
        node.forEach(child -> collect(child, texts));
    }
}
