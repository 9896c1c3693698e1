package nl.hgw.dialogs.spiegel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import nl.hgw.dialogs.Messages;
import nl.hgw.documents.WordWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A spiegel as a Word document for the team's records: per principle its explanation and the
 * team's answers to feed up, feed back and feed forward with their authors, then "Morgen ga
 * ik …" step by step and, once asked, how it went. The same content as the summary card.
 */
final class SpiegelDocx {

    byte[] write(Spiegel spiegel, Principles principles, Messages messages) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordWriter doc = new WordWriter(document);
            doc.title(messages.text("spiegel.summary.title",
                Map.of("date", SpiegelDates.display(spiegel.date(), messages.locale()))));
            doc.note(messages.text(spiegel.finished() ? "spiegel.docx.finished" : "spiegel.docx.unfinished"));
            for (String id : spiegel.principles()) {
                principles.byId(id).ifPresent(principle -> principle(doc, spiegel, principles, principle, messages));
            }
            if (!spiegel.commitment().isEmpty()) {
                doc.heading(messages.text("spiegel.commit.title"));
                for (CommitmentStep step : CommitmentStep.values()) {
                    doc.field(label(messages.text("spiegel.commit." + step.id() + ".label")), spiegel.commitment(step)
                        .map(CommitmentAnswer::text).orElse(messages.text("spiegel.commit.open")));
                }
            }
            if (!spiegel.evaluation().isEmpty()) {
                doc.heading(messages.text("spiegel.summary.evaluation"));
                spiegel.evaluation().forEach(reflection -> doc.bullet(answer(reflection.text(),
                    reflection.authorName(), messages)));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void principle(WordWriter doc, Spiegel spiegel, Principles principles, Principle principle,
            Messages messages) {
        doc.heading(principles.number(principle.id()) + ". " + principle.name());
        doc.note(principle.explanation());
        for (Feed feed : Feed.values()) {
            doc.subheading(messages.text("spiegel.feed." + feed.id()));
            doc.note(principle.question(feed).text());
            List<Answer> answers = spiegel.answers(principle.id(), feed);
            if (answers.isEmpty()) {
                doc.line(messages.text("spiegel.summary.none"));
            }
            answers.forEach(answer -> doc.bullet(answer(answer.text(), answer.authorName(), messages)));
        }
    }

    private static String answer(String text, String author, Messages messages) {
        return text + " (" + SpiegelCards.author(author, messages) + ")";
    }

    /** "Wat ik ga doen:" as a field label without its colon (the writer adds one). */
    private static String label(String text) {
        return text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
    }
}
