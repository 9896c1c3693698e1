package nl.hgw.documents;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The few shapes our documents use (title, headings, fields, bullets, a two-column table), on
 * Apache POI, so that every document the bot writes looks alike.
 */
public final class WordWriter {

    private final XWPFDocument document;

    public WordWriter(XWPFDocument document) {
        this.document = document;
    }

    public void title(String text) {
        run(document.createParagraph(), text, true, 18);
    }

    public void heading(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(240);
        run(paragraph, text, true, 14);
    }

    public void subheading(String text) {
        run(document.createParagraph(), text, true, 11);
    }

    /** "Label: value" on one line. */
    public void field(String label, String value) {
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, label + ": ", true, 11);
        run(paragraph, value, false, 11);
    }

    public void note(String text) {
        XWPFRun run = run(document.createParagraph(), text, false, 9);
        run.setItalic(true);
    }

    public void bullet(String text) {
        run(document.createParagraph(), "• " + text, false, 11);
    }

    public void line(String text) {
        run(document.createParagraph(), text, false, 11);
    }

    /** A table over the page's width with a bold header row. */
    public XWPFTable table(String... headers) {
        XWPFTable table = document.createTable(1, headers.length);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        for (int i = 0; i < headers.length; i++) {
            XWPFTableCell cell = header.getCell(i);
            cell.setWidth((100 / headers.length) + "%");
            run(cell.getParagraphs().get(0), headers[i], true, 11);
        }
        return table;
    }

    public XWPFTableCell[] row(XWPFTable table) {
        XWPFTableRow row = table.createRow();
        XWPFTableCell[] cells = new XWPFTableCell[row.getTableCells().size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = row.getCell(i);
        }
        return cells;
    }

    /** Text into a cell: the first text fills its empty paragraph, later ones get their own. */
    public static void text(XWPFTableCell cell, String text, boolean italic) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        XWPFParagraph paragraph = first.getRuns().isEmpty() ? first : cell.addParagraph();
        XWPFRun run = run(paragraph, text, false, 10);
        run.setItalic(italic);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        return run;
    }
}
