package nl.hgw.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The paragraphs of a .docx, in reading order, table cells included (Apache POI). */
final class DocxText {

    private DocxText() {
    }

    static List<String> paragraphs(byte[] docx) throws DocumentException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = new ArrayList<>();
            collect(document.getBodyElements(), paragraphs);
            return paragraphs;
        } catch (EncryptedDocumentException encrypted) {
            throw new DocumentException(DocumentProblem.ENCRYPTED);
        } catch (IOException | RuntimeException broken) {
            // POI reports a broken part as one of many runtime exceptions (POIXMLException, …)
            throw new DocumentException(DocumentProblem.CORRUPT);
        }
    }

    private static void collect(List<IBodyElement> elements, List<String> paragraphs) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                add(paragraph.getText(), paragraphs);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), paragraphs);
                    }
                }
            }
        }
    }

    private static void add(String text, List<String> paragraphs) {
        // a soft line break (Shift+Enter) inside a paragraph is a space to the reader
        String paragraph = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }
}
