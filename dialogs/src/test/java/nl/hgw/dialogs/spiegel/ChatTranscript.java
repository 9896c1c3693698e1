package nl.hgw.dialogs.spiegel;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import java.util.concurrent.CompletableFuture;

/**
 * The conversation as plain text, to read as a team would (who wrote what; cards as their
 * texts and buttons), to read in {@code target/} after a test run.
 */
final class ChatTranscript implements Middleware {

    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn, NextDelegate next) {
        Activity in = turn.getActivity();
        if (in.isType(ActivityTypes.MESSAGE)) {
            String who = in.getFrom() == null ? "?" : in.getFrom().getName();
            if (in.getValue() != null) {
                JsonNode value = Serialization.objectToTree(in.getValue());
                text.append(who).append(" [presses '").append(value.path("hgwAction").asText(value.path("hgwCommand")
                    .asText())).append("'").append(value.has("choice") ? ", chose " + value.path("choice").asText() : "")
                    .append("]\n");
            } else {
                text.append(who).append(": ").append(in.getText()).append('\n');
            }
        }
        turn.onSendActivities((context, activities, send) -> {
            for (Activity out : activities) {
                if (out.getText() != null && !out.getText().isBlank()) {
                    text.append("BOT: ").append(out.getText()).append('\n');
                }
                if (out.getAttachments() != null) {
                    for (Attachment attachment : out.getAttachments()) {
                        text.append("BOT [card]\n");
                        flatten(Serialization.objectToTree(attachment.getContent()));
                    }
                }
            }
            return send.get();
        });
        return next.next();
    }

    private void flatten(JsonNode node) {
        if (node.isObject()) {
            switch (node.path("type").asText("")) {
                case "TextBlock" -> text.append("  | ").append(node.path("text").asText()).append('\n');
                case "Input.ChoiceSet" -> {
                    text.append("  | (");
                    node.path("choices").forEach(choice -> text.append(choice.path("title").asText()).append(" / "));
                    text.append(")\n");
                }
                case "Action.Submit" -> text.append("  | <").append(node.path("title").asText()).append(">\n");
                default -> node.fields().forEachRemaining(field -> {
                    if (!"data".equals(field.getKey())) {
                        flatten(field.getValue());
                    }
                });
            }
        } else if (node.isArray()) {
            node.forEach(this::flatten);
        }
    }

    String text() {
        return text.toString();
    }

    /** Writes the conversation to a file (under target/, for reading; never logged). */
    void writeTo(java.nio.file.Path file) {
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
