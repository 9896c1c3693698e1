package nl.hgw.dialogs.spiegel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.hgw.dialogs.CardTemplate;
import nl.hgw.dialogs.Messages;

/**
 * The spiegel's Adaptive Cards, from {@code spiegel-cards.json}: the choice of principles,
 * one question (with the principle's explanation before its first question, and examples),
 * the commitment "Morgen ga ik …" and the summary of a whole spiegel (what "toon spiegel"
 * shows). Buttons carry the position of the question they answer, so a button on an older
 * card cannot answer the open question.
 */
final class SpiegelCards {

    static final String CARD = "spiegel";

    private final CardTemplate template = CardTemplate.load(SpiegelCards.class, "spiegel-cards.json");

    /** "Welke principes?": all of them, or one. */
    Activity choice(Principles principles, int position, Messages messages) {
        ObjectNode card = template.part("choice", Map.of(
            "title", messages.text("spiegel.choice.title"),
            "intro", messages.text("spiegel.choice.intro"),
            "label", messages.text("spiegel.choice.label"),
            "typing", messages.text("spiegel.choice.typing"),
            "start", messages.text("spiegel.choice.start"),
            "position", String.valueOf(position)));
        ArrayNode choices = ((ObjectNode) element(card, "choice")).putArray("choices");
        choices.addObject().put("title", messages.text("spiegel.choice.all")).put("value", "all");
        int number = 1;
        for (Principle principle : principles.all()) {
            choices.addObject().put("title", number++ + ". " + principle.name()).put("value", principle.id());
        }
        return CardTemplate.activity(card);
    }

    /** One of the three questions about a principle. */
    Activity question(Principle principle, Principles principles, Feed feed, int index, int count, int position,
            Messages messages) {
        Principle.Question question = principle.question(feed);
        ObjectNode card = template.part("question", Map.of(
            "progress", messages.text("spiegel.progress", Map.of("index", String.valueOf(index), "count",
                String.valueOf(count), "question", String.valueOf(feed.ordinal() + 1))),
            "principle", principles.number(principle.id()) + ". " + principle.name(),
            "feed", messages.text("spiegel.feed." + feed.id()),
            "question", question.text(),
            "hint", messages.text("spiegel.hint"),
            "next", messages.text("spiegel.next"),
            "back", messages.text("spiegel.back"),
            "position", String.valueOf(position)));
        if (feed == Feed.FEED_UP) {
            items(card, "explanation").add(template.part("line", Map.of("text", principle.explanation())));
        }
        ArrayNode examples = items(card, "examples");
        examples.add(template.part("line", Map.of("text", messages.text("spiegel.examples"))));
        for (String example : question.examples()) {
            examples.add(template.part("line", Map.of("text", "• " + example)));
        }
        dropEmptyContainers(card);
        return CardTemplate.activity(card);
    }

    /** The commitment played back: "Morgen ga ik …" with every step answered. */
    Activity commitment(Spiegel spiegel, Messages messages) {
        ObjectNode card = template.part("commitment", Map.of(
            "title", messages.text("spiegel.commit.title"),
            "outro", messages.text("spiegel.commit.outro")));
        commitmentLines(spiegel, items(card, "steps"), messages);
        return CardTemplate.activity(card);
    }

    /** The link to a spiegel's .docx: a button on a card, and the link itself as text for channels without cards. */
    Activity download(Spiegel spiegel, java.net.URI link, Messages messages) {
        String date = SpiegelDates.display(spiegel.date(), messages.locale());
        Activity activity = CardTemplate.activity(template.part("download", Map.of(
            "title", messages.text("spiegel.docx.ready", Map.of("date", date)),
            "download", messages.text("spiegel.docx.download"),
            "url", link.toString())));
        activity.setText(messages.text("spiegel.docx.link", Map.of("date", date, "url", link.toString())));
        return activity;
    }

    /** The whole spiegel: per principle the team's answers with their authors, the commitment, how it went. */
    Activity summary(Spiegel spiegel, Principles principles, Messages messages) {
        return CardTemplate.activity(summaryCard(spiegel, principles, messages));
    }

    JsonNode summaryCard(Spiegel spiegel, Principles principles, Messages messages) {
        String date = SpiegelDates.display(spiegel.date(), messages.locale());
        ObjectNode card = template.part("summary", Map.of(
            "title", messages.text("spiegel.summary.title", Map.of("date", date)),
            "status", messages.text(spiegel.finished() ? "spiegel.summary.finished" : "spiegel.summary.unfinished",
                Map.of("date", SpiegelDates.typed(spiegel.date()))),
            "export", messages.text("spiegel.summary.export"),
            "date", spiegel.date().toString()));
        ArrayNode body = items(card, "principles");
        for (String id : spiegel.principles()) {
            Principle principle = principles.byId(id).orElse(null);
            if (principle == null) {
                continue;
            }
            body.add(template.part("heading", Map.of("text", principles.number(id) + ". " + principle.name())));
            for (Feed feed : Feed.values()) {
                body.add(template.part("subheading", Map.of("text", messages.text("spiegel.feed." + feed.id()))));
                List<Answer> answers = spiegel.answers(id, feed);
                if (answers.isEmpty()) {
                    body.add(template.part("line", Map.of("text", messages.text("spiegel.summary.none"))));
                }
                for (Answer answer : answers) {
                    body.add(template.part("line", Map.of("text", messages.text("spiegel.summary.answer",
                        Map.of("text", answer.text(), "author", author(answer.authorName(), messages))))));
                }
            }
        }
        if (!spiegel.commitment().isEmpty()) {
            ArrayNode commitment = items(card, "commitment");
            commitment.add(template.part("heading", Map.of("text", messages.text("spiegel.commit.title"))));
            commitmentLines(spiegel, commitment, messages);
        }
        if (!spiegel.evaluation().isEmpty()) {
            ArrayNode evaluation = items(card, "evaluation");
            evaluation.add(template.part("heading", Map.of("text", messages.text("spiegel.summary.evaluation"))));
            for (Reflection reflection : spiegel.evaluation()) {
                evaluation.add(template.part("line", Map.of("text", messages.text("spiegel.summary.answer",
                    Map.of("text", reflection.text(), "author", author(reflection.authorName(), messages))))));
            }
        }
        dropEmptyContainers(card);
        return card;
    }

    private void commitmentLines(Spiegel spiegel, ArrayNode lines, Messages messages) {
        for (CommitmentStep step : CommitmentStep.values()) {
            String text = spiegel.commitment(step).map(CommitmentAnswer::text)
                .orElse(messages.text("spiegel.commit.open"));
            lines.add(template.part("line", Map.of("text", messages.text("spiegel.commit.line",
                Map.of("label", messages.text("spiegel.commit." + step.id() + ".label"), "text", text)))));
        }
    }

    static String author(String name, Messages messages) {
        return name == null || name.isBlank() ? messages.text("spiegel.someone") : name;
    }

    private static ArrayNode items(JsonNode card, String containerId) {
        for (JsonNode element : card.path("body")) {
            if (containerId.equals(element.path("id").asText())) {
                return (ArrayNode) element.path("items");
            }
        }
        throw new IllegalStateException("The card has no container '" + containerId + "'");
    }

    private static JsonNode element(JsonNode card, String id) {
        for (JsonNode element : card.path("body")) {
            if (id.equals(element.path("id").asText())) {
                return element;
            }
        }
        throw new IllegalStateException("The card has no element '" + id + "'");
    }

    private static void dropEmptyContainers(JsonNode card) {
        Iterator<JsonNode> body = card.path("body").iterator();
        while (body.hasNext()) {
            JsonNode element = body.next();
            if ("Container".equals(element.path("type").asText()) && element.path("items").isEmpty()) {
                body.remove();
            }
        }
    }
}
