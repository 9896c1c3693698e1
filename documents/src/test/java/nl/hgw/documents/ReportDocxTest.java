package nl.hgw.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.reformulate.Reformulator;
import nl.hgw.nlp.report.ReportReformulation;
import nl.hgw.nlp.report.ReportReformulator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportDocxTest {

    /** Keys with their values, so the test sees which text went where. */
    private static final Wording KEYS = (key, values) -> values.isEmpty() ? "<" + key + ">"
        : "<" + key + " " + new java.util.TreeMap<>(values) + ">";

    private static ReportReformulation report;

    @BeforeAll
    static void reformulate() {
        report = new ReportReformulator(Reformulator.load()).reformulate(DocumentReaderTest.REPORT, "", "",
            Language.DUTCH);
    }

    @Test
    void putsEveryParagraphBesideItsReformulation() throws IOException {
        try (XWPFDocument doc = readBack(new ReportDocx(KEYS).write(report, LocalDate.of(2026, 11, 24)))) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("<report.docx.original>");
            assertThat(table.getRows()).hasSize(1 + DocumentReaderTest.REPORT.size());
            for (int i = 0; i < DocumentReaderTest.REPORT.size(); i++) {
                assertThat(table.getRow(i + 1).getCell(0).getText())
                    .isEqualTo((i + 1) + ". " + DocumentReaderTest.REPORT.get(i));
            }
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("<report.docx.kind.pupil>");
            String concentration = table.getRow(3).getCell(1).getText();
            assertThat(concentration).contains("nodig").contains("rekentaak").doesNotContain("heeft ADHD")
                .contains("<report.docx.label {label=ADHD}>");
        }
    }

    @Test
    void groupsTheNeedsAndListsQuestionsStrengthsAndLabels() throws IOException {
        try (XWPFDocument doc = readBack(new ReportDocx(KEYS).write(report, LocalDate.of(2026, 11, 24)))) {
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("<report.docx.title>", "<report.docx.pupil>: Joost",
                "<report.docx.made {date=24-11-2026}>", "<report.docx.needsByCategory>", "<category.parents>",
                "<report.docx.questions>", "<report.docx.strengths>", "<report.docx.labels>", "ADHD: ");
            for (List<nl.hgw.nlp.reformulate.Reformulation.Need> needs : report.needs().values()) {
                needs.forEach(need -> assertThat(body).contains("• " + need.text()));
            }
            assertThat(body).contains("<report.docx.count.needs " + Map.of("count", String.valueOf(report.summary().needs())) + ">");
        }
    }

    private static XWPFDocument readBack(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}
