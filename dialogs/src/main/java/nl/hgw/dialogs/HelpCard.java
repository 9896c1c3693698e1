package nl.hgw.dialogs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The overview of the three tasks as an Adaptive Card. The card lives in
 * {@code help-card.json} with {@code ${name}} placeholders in its strings; they are filled
 * in on the parsed tree, so no message text can break the JSON.
 */
final class HelpCard {

    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    private static final String TEMPLATE = "help-card.json";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9.]+)}");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode template;

    HelpCard() {
        try (InputStream in = HelpCard.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Card template " + TEMPLATE + " is missing");
            }
            template = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Card template " + TEMPLATE + " is not valid JSON", e);
        }
    }

    /** A message carrying the card, with the tasks in the order that suits the role. */
    Activity activity(Messages messages, Role role) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card(messages, role));
        return MessageFactory.attachment(attachment);
    }

    /** The filled-in card JSON. */
    JsonNode card(Messages messages, Role role) {
        Map<String, String> values = new HashMap<>();
        values.put("title", messages.text("help.title"));
        values.put("intro", messages.text("help.intro"));
        values.put("changeRole", messages.text("help.changeRole"));
        values.put("roleCommand", Command.ROLE.cardValue());
        List<Task> order = Role.taskOrder(role);
        for (int i = 0; i < order.size(); i++) {
            String prefix = "task" + (i + 1);
            values.put(prefix + ".title", (i + 1) + ". " + order.get(i).title(messages));
            values.put(prefix + ".text", order.get(i).text(messages));
        }
        return fill(template.deepCopy(), values);
    }

    private static JsonNode fill(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            return TextNode.valueOf(replace(node.textValue(), values));
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                object.set(name, fill(object.get(name), values));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, fill(array.get(i), values));
            }
        }
        return node;
    }

    private static String replace(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for placeholder ${" + matcher.group(1) + "} in " + TEMPLATE);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
