package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes a conversation down as plain text (cards flattened to their texts and inputs), to
 * read it as a teacher would; used to show the Joost conversation in the report.
 */
public final class Transcript implements Middleware {

    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn, NextDelegate next) {
        Activity in = turn.getActivity();
        if (in.isType(ActivityTypes.MESSAGE)) {
            if (in.getValue() != null) {
                JsonNode value = Serialization.objectToTree(in.getValue());
                text.append("TEACHER [presses '").append(value.path(CardPrompt.ACTION).asText()).append("' on the ")
                    .append(value.path(CardPrompt.CARD).asText()).append(" card");
                value.fields().forEachRemaining(field -> {
                    String key = field.getKey();
                    if (key.startsWith("reach.") || key.endsWith(".keep") && "false".equals(field.getValue().asText())
                            || (key.startsWith("new.text") || key.equals("observation")) && !field.getValue().asText().isEmpty()) {
                        text.append("; ").append(key).append('=').append(field.getValue().asText());
                    }
                });
                text.append("]\n\n");
            } else {
                text.append("TEACHER: ").append(in.getText()).append("\n\n");
            }
        }
        turn.onSendActivities((context, activities, send) -> {
            for (Activity out : activities) {
                if (out.getText() != null && !out.getText().isBlank()) {
                    text.append("BOT: ").append(out.getText()).append("\n\n");
                }
                if (out.getAttachments() != null) {
                    for (Attachment attachment : out.getAttachments()) {
                        text.append("BOT [card]:\n");
                        flatten(Serialization.objectToTree(attachment.getContent()), text);
                        text.append('\n');
                    }
                }
            }
            return send.get();
        });
        return next.next();
    }

    private static void flatten(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            String type = node.path("type").asText("");
            switch (type) {
                case "TextBlock" -> out.append("  ").append(node.path("text").asText()).append('\n');
                case "Input.Text" -> out.append("  [").append(node.path("label").asText(node.path("id").asText()))
                    .append(" ").append(node.path("value").asText(node.path("placeholder").asText(""))).append("]\n");
                case "Input.Toggle" -> out.append("  [x] ").append(node.path("title").asText()).append('\n');
                case "Input.ChoiceSet" -> {
                    out.append("  (").append(node.path("id").asText()).append(": ");
                    for (JsonNode choice : node.path("choices")) {
                        out.append(choice.path("title").asText()).append(" | ");
                    }
                    out.append("chosen=").append(node.path("value").asText()).append(")\n");
                }
                case "Action.Submit" -> out.append("  <button: ").append(node.path("title").asText()).append(">\n");
                default -> {
                    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                        Map.Entry<String, JsonNode> field = fields.next();
                        if (!field.getKey().equals("data") && !field.getKey().equals("choices")) {
                            flatten(field.getValue(), out);
                        }
                    }
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> flatten(element, out));
        }
    }

    public String text() {
        return text.toString();
    }

    public void writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
