package nl.hgw.documents;

import java.io.IOException;
import java.util.List;

import nl.hgw.nlp.report.Paragraphs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The paragraphs of a PDF's text layer (Apache PDFBox). A scanned PDF has none: that is said,
 * not guessed at; a password or a ban on copying text is said too.
 */
final class PdfText {

    private PdfText() {
    }

    static List<String> paragraphs(byte[] pdf) throws DocumentException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new DocumentException(DocumentProblem.ENCRYPTED);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd(System.lineSeparator() + System.lineSeparator());
            String text = stripper.getText(document);
            if (text.codePoints().noneMatch(Character::isLetter)) {
                throw new DocumentException(document.getNumberOfPages() == 0 ? DocumentProblem.EMPTY
                    : DocumentProblem.NO_TEXT_LAYER);
            }
            return Paragraphs.split(text);
        } catch (InvalidPasswordException password) {
            throw new DocumentException(DocumentProblem.ENCRYPTED);
        } catch (IOException | RuntimeException broken) {
            throw new DocumentException(DocumentProblem.CORRUPT);
        }
    }
}
