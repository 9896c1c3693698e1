package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Small operations on filled-in card trees: find a container, fill choices, drop what stayed empty. */
public final class CardParts {

    private CardParts() {
    }

    /** The items of the body container with this id. */
    public static ArrayNode items(JsonNode card, String containerId) {
        for (JsonNode element : card.path("body")) {
            if (containerId.equals(element.path("id").asText())) {
                return (ArrayNode) element.path("items");
            }
        }
        throw new IllegalStateException("The card has no container '" + containerId + "'");
    }

    /** The body element (input or container) with this id. */
    public static ObjectNode element(JsonNode card, String id) {
        for (JsonNode element : card.path("body")) {
            if (id.equals(element.path("id").asText())) {
                return (ObjectNode) element;
            }
            for (JsonNode item : element.path("items")) {
                if (id.equals(item.path("id").asText())) {
                    return (ObjectNode) item;
                }
            }
        }
        throw new IllegalStateException("The card has no element '" + id + "'");
    }

    /** Sets an Input.ChoiceSet's choices, each {@code title → value}, in order. */
    static void choices(ObjectNode choiceSet, List<Map.Entry<String, String>> choices) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Map.Entry<String, String> choice : choices) {
            array.addObject().put("title", choice.getKey()).put("value", choice.getValue());
        }
        choiceSet.set("choices", array);
    }

    /** Removes body containers that got no items (a styled empty box looks like a bug). */
    public static void dropEmptyContainers(JsonNode card) {
        Iterator<JsonNode> body = card.path("body").iterator();
        while (body.hasNext()) {
            JsonNode element = body.next();
            if ("Container".equals(element.path("type").asText()) && element.path("items").isEmpty()) {
                body.remove();
            }
        }
    }
}
