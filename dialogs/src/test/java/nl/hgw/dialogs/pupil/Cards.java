package nl.hgw.dialogs.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.hgw.dialogs.CardTemplate;

/** Reading the cards the bot sends, and submitting them as a chat client does. */
final class Cards {

    private Cards() {
    }

    static JsonNode of(Activity activity) {
        assertThat(activity.getAttachments()).as("a card").hasSize(1);
        assertThat(activity.getAttachments().get(0).getContentType()).isEqualTo(CardTemplate.CONTENT_TYPE);
        return Serialization.objectToTree(activity.getAttachments().get(0).getContent());
    }

    /** Every TextBlock's text, in order. */
    static List<String> texts(JsonNode card) {
        List<String> texts = new ArrayList<>();
        collect(card, texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isObject() && "TextBlock".equals(node.path("type").asText())) {
            texts.add(node.path("text").asText());
        }
        node.forEach(child -> collect(child, texts));
    }

    /** Input id → its value as shown (what a client submits when nothing is touched). */
    static Map<String, Object> inputs(JsonNode card) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        collectInputs(card, inputs);
        return inputs;
    }

    private static void collectInputs(JsonNode node, Map<String, Object> inputs) {
        if (node.isObject() && node.path("type").asText().startsWith("Input.")) {
            inputs.put(node.path("id").asText(), node.path("value").asText(""));
        }
        node.forEach(child -> collectInputs(child, inputs));
    }

    /** The data of the card's button with this {@code hgwAction}, merged with the inputs, as Teams sends it. */
    static Map<String, Object> submit(JsonNode card, String action, Map<String, Object> changes) {
        Map<String, Object> value = new LinkedHashMap<>(inputs(card));
        for (JsonNode button : card.path("actions")) {
            if (action.equals(button.path("data").path(CardPrompt.ACTION).asText())) {
                button.path("data").fields().forEachRemaining(field -> value.put(field.getKey(), field.getValue().asText()));
            }
        }
        assertThat(value).as("the card has a button '%s'", action).containsKey(CardPrompt.ACTION);
        value.putAll(changes);
        return value;
    }

    /** The ids of the needs on a needs card, in order. */
    static List<String> needIds(JsonNode card) {
        return inputs(card).keySet().stream().filter(id -> id.startsWith("need.") && id.endsWith(".text"))
            .map(id -> id.substring("need.".length(), id.length() - ".text".length())).toList();
    }
}
