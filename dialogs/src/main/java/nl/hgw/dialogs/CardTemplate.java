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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Adaptive Card template kept as a JSON resource, with {@code ${name}} placeholders in its
 * strings. They are filled in on the parsed tree, so no message text can break the JSON. A
 * template file is either one card, or an object of named parts (the card and the pieces
 * repeated in it, e.g. one need) that the caller assembles.
 */
public final class CardTemplate {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9.]+)}");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;

    private final JsonNode template;

    private CardTemplate(String name, JsonNode template) {
        this.name = name;
        this.template = template;
    }

    /** The template in the resource {@code name} beside {@code owner}. */
    public static CardTemplate load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Card template " + name + " is missing");
            }
            return new CardTemplate(name, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Card template " + name + " is not valid JSON", e);
        }
    }

    /** The whole template, filled in. */
    public JsonNode fill(Map<String, String> values) {
        return fill(template.deepCopy(), values);
    }

    /** One named part of the template, filled in. */
    public ObjectNode part(String part, Map<String, String> values) {
        JsonNode node = template.get(part);
        if (!(node instanceof ObjectNode)) {
            throw new IllegalStateException("Card template " + name + " has no part '" + part + "'");
        }
        return (ObjectNode) fill(node.deepCopy(), values);
    }

    /** A message carrying the card. */
    public static Activity activity(JsonNode card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card);
        return MessageFactory.attachment(attachment);
    }

    private JsonNode fill(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            return TextNode.valueOf(replace(node.textValue(), values));
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                object.set(field, fill(object.get(field), values));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, fill(array.get(i), values));
            }
        }
        return node;
    }

    private String replace(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for placeholder ${" + matcher.group(1) + "} in " + name);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
