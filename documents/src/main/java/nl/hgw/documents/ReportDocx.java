package nl.hgw.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.hgw.nlp.reformulate.Reformulation;
import nl.hgw.nlp.report.ReportReformulation;
import nl.hgw.nlp.report.ReportReformulation.Paragraph;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The reformulated report as a Word document: who and which goal; the counts; every paragraph
 * as written beside the same paragraph in needs language; then the needs per category, the open
 * questions, the strengths and the labels that were named and not repeated.
 */
public final class ReportDocx {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy", Locale.ROOT);

    private final Wording words;

    public ReportDocx(Wording words) {
        this.words = words;
    }

    public byte[] write(ReportReformulation report, LocalDate date) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordWriter doc = new WordWriter(document);
            doc.title(words.text("report.docx.title"));
            if (!report.pupil().isBlank()) {
                doc.field(words.text("report.docx.pupil"), report.pupil());
            }
            doc.field(words.text("report.docx.goals"), report.goals().isEmpty() ? words.text("report.docx.noGoal")
                : String.join(" · ", report.goals()));
            doc.note(words.text("report.docx.made", Map.of("date", DATE.format(date))));
            summary(doc, report.summary());
            sideBySide(doc, report.paragraphs());
            doc.heading(words.text("report.docx.needsByCategory"));
            report.needs().forEach((category, needs) -> {
                doc.subheading(words.text("category." + category));
                needs.forEach(need -> doc.bullet(need.text()));
            });
            section(doc, "report.docx.questions", report.questions());
            section(doc, "report.docx.strengths", report.strengths());
            section(doc, "report.docx.labels", report.labels().stream()
                .map(label -> label.label() + ": " + label.question()).toList());
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(WordWriter doc, ReportReformulation.Summary summary) {
        doc.heading(words.text("report.docx.summary"));
        doc.bullet(words.text("report.docx.count.paragraphs", count(summary.paragraphs())));
        doc.bullet(words.text("report.docx.count.labels", count(summary.labels())));
        doc.bullet(words.text("report.docx.count.deficits", count(summary.deficits())));
        doc.bullet(words.text("report.docx.count.needs", count(summary.needs())));
        summary.needsPerCategory().forEach((category, n) ->
            doc.bullet("    " + words.text("category." + category) + ": " + n));
        doc.bullet(words.text("report.docx.count.strengths", count(summary.strengths())));
        doc.bullet(words.text("report.docx.count.questions", count(summary.questions())));
    }

    private void sideBySide(WordWriter doc, List<Paragraph> paragraphs) {
        doc.heading(words.text("report.docx.sideBySide"));
        XWPFTable table = doc.table(words.text("report.docx.original"), words.text("report.docx.reformulated"));
        for (Paragraph paragraph : paragraphs) {
            XWPFTableCell[] row = doc.row(table);
            WordWriter.text(row[0], paragraph.number() + ". " + paragraph.text(), false);
            Reformulation r = paragraph.reformulation();
            if (r == null) {
                WordWriter.text(row[1], words.text("report.docx.kind." + paragraph.kind()), true);
            } else if (r.needs().isEmpty() && r.labels().isEmpty() && r.questions().isEmpty()) {
                WordWriter.text(row[1], words.text("report.docx.unchanged"), true);
            } else {
                WordWriter.text(row[1], r.rewrite(), false);
                for (Reformulation.LabelFinding label : r.labels()) {
                    WordWriter.text(row[1], words.text("report.docx.label", Map.of("label", label.label())), true);
                }
            }
        }
    }

    private void section(WordWriter doc, String titleKey, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        doc.heading(words.text(titleKey));
        lines.forEach(doc::bullet);
    }

    private static Map<String, String> count(int n) {
        return Map.of("count", String.valueOf(n));
    }
}
