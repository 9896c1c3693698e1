package nl.hgw.dialogs.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.microsoft.bot.schema.Activity;
import java.net.URI;
import java.util.Map;
import nl.hgw.dialogs.CardTemplate;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.CardParts;
import nl.hgw.nlp.report.ReportReformulation;

/**
 * The summary of a reformulated report: the counts (paragraphs, labels, deficit fragments,
 * needs, strengths, questions), the needs per category, and the button to download the .docx.
 * The same counts go into the message's text, for channels without cards.
 */
final class ReportCard {

    private final CardTemplate template = CardTemplate.load(ReportCard.class, "summary-card.json");

    Activity activity(ReportReformulation report, URI download, Messages messages) {
        Activity activity = CardTemplate.activity(card(report, download, messages));
        activity.setText(text(report, download, messages));
        return activity;
    }

    JsonNode card(ReportReformulation report, URI download, Messages messages) {
        JsonNode card = template.part("card", Map.of(
            "title", title(report, messages),
            "goal", goals(report, messages),
            "hint", messages.text("report.card.hint"),
            "download", messages.text("report.card.download"),
            "url", download.toString()));
        ArrayNode facts = (ArrayNode) CardParts.element(card, "counts").get("facts");
        ReportReformulation.Summary summary = report.summary();
        for (Map.Entry<String, Integer> count : counts(summary).entrySet()) {
            facts.add(template.part("fact", Map.of("title", messages.text("report.card." + count.getKey()),
                "value", String.valueOf(count.getValue()))));
        }
        ArrayNode categories = CardParts.items(card, "categories");
        if (!summary.needsPerCategory().isEmpty()) {
            categories.add(template.part("heading", Map.of("text", messages.text("report.card.perCategory"))));
            summary.needsPerCategory().forEach((category, n) -> categories.add(template.part("line",
                Map.of("text", messages.text("category." + category) + ": " + n))));
        }
        CardParts.dropEmptyContainers(card);
        return card;
    }

    /** The same summary as plain text. */
    String text(ReportReformulation report, URI download, Messages messages) {
        StringBuilder text = new StringBuilder(title(report, messages)).append("\n\n").append(goals(report, messages));
        counts(report.summary()).forEach((key, n) ->
            text.append("\n- ").append(messages.text("report.card." + key)).append(": ").append(n));
        report.summary().needsPerCategory().forEach((category, n) ->
            text.append("\n  - ").append(messages.text("category." + category)).append(": ").append(n));
        return text.append("\n\n").append(messages.text("report.card.link", Map.of("url", download.toString())))
            .toString();
    }

    private static Map<String, Integer> counts(ReportReformulation.Summary s) {
        var counts = new java.util.LinkedHashMap<String, Integer>();
        counts.put("paragraphs", s.paragraphs());
        counts.put("labels", s.labels());
        counts.put("deficits", s.deficits());
        counts.put("needs", s.needs());
        counts.put("strengths", s.strengths());
        counts.put("questions", s.questions());
        return counts;
    }

    private static String title(ReportReformulation report, Messages messages) {
        return report.pupil().isBlank() ? messages.text("report.card.title")
            : messages.text("report.card.titlePupil", Map.of("pupil", report.pupil()));
    }

    private static String goals(ReportReformulation report, Messages messages) {
        return report.goals().isEmpty() ? messages.text("report.card.noGoal")
            : messages.text("report.card.goal", Map.of("goal", String.join(" · ", report.goals())));
    }
}
