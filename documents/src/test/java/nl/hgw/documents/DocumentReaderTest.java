package nl.hgw.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    static final List<String> REPORT = List.of(
        "Naam: Joost",
        "Doel: Joost werkt over zes weken tien minuten zelfstandig aan een rekentaak.",
        "Joost heeft ADHD en kan zich slecht concentreren tijdens de instructie. Hij gaat vaak de discussie aan "
            + "met de leerkracht en pikt de uitleg onvoldoende op, waardoor hij na de instructie niet weet wat hij "
            + "moet doen en rondloopt in de klas.",
        "Hij is goed in tekenen en helpt graag anderen.",
        "Moeder geeft aan dat hij thuis snel boos wordt.");

    private final DocumentReader reader = new DocumentReader(DocumentLimits.defaults());

    @Test
    void readsTheParagraphsOfADocx() throws DocumentException {
        DocumentReader.Read read = reader.read(TestFiles.docx(REPORT));
        assertThat(read.type()).isEqualTo(DocumentType.DOCX);
        assertThat(read.paragraphs()).containsExactlyElementsOf(REPORT);
    }

    @Test
    void readsTheParagraphsOfAPdfWithWrappedLines() throws DocumentException {
        DocumentReader.Read read = reader.read(TestFiles.pdf(REPORT));
        assertThat(read.type()).isEqualTo(DocumentType.PDF);
        assertThat(read.paragraphs()).containsExactlyElementsOf(REPORT);
    }

    @Test
    void readsUtf8AndWindows1252Text() throws DocumentException {
        String text = "Joost is creatief.\n\nHij vindt de overgang naar een nieuwe taak moeilijk; coördinatie.";
        assertThat(reader.read(text.getBytes(StandardCharsets.UTF_8)).paragraphs())
            .containsExactly("Joost is creatief.", "Hij vindt de overgang naar een nieuwe taak moeilijk; coördinatie.");
        assertThat(reader.read(text.getBytes(Charset.forName("windows-1252"))).paragraphs())
            .containsExactly("Joost is creatief.", "Hij vindt de overgang naar een nieuwe taak moeilijk; coördinatie.");
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(bom).paragraphs().get(0)).isEqualTo("Joost is creatief.");
    }

    @Test
    void theContentDecidesNotTheName() throws DocumentException {
        // there is no name to lie with: a PDF is read as a PDF whatever the client called it
        assertThat(reader.read(TestFiles.pdf(REPORT)).type()).isEqualTo(DocumentType.PDF);
    }

    @Test
    void emptyFilesAndFilesWithoutWordsAreEmpty() {
        assertProblem(new byte[0], DocumentProblem.EMPTY);
        assertProblem(" \n\n ".getBytes(StandardCharsets.UTF_8), DocumentProblem.EMPTY);
        assertProblem(TestFiles.docx(List.of("", "  ", "12 - 3")), DocumentProblem.EMPTY);
        assertThatThrownBy(() -> reader.read("   ")).extracting(e -> ((DocumentException) e).problem())
            .isEqualTo(DocumentProblem.EMPTY);
    }

    @Test
    void aScannedPdfHasNoTextLayer() {
        assertProblem(TestFiles.scannedPdf(3), DocumentProblem.NO_TEXT_LAYER);
    }

    @Test
    void passwordsAreSaid() {
        assertProblem(TestFiles.pdf(REPORT, "geheim"), DocumentProblem.ENCRYPTED);
        assertProblem(TestFiles.encryptedDocx(REPORT), DocumentProblem.ENCRYPTED);
    }

    @Test
    void brokenFilesAreCorrupt() {
        assertProblem(TestFiles.zip(new String[] {"[Content_Types].xml", "word/document.xml"}, new long[] {10, 10}),
            DocumentProblem.CORRUPT);
        byte[] docx = TestFiles.docx(REPORT);
        assertProblem(Arrays.copyOf(docx, docx.length / 2), DocumentProblem.CORRUPT);
        byte[] pdf = TestFiles.pdf(REPORT);
        byte[] garbled = Arrays.copyOf(pdf, pdf.length);
        Arrays.fill(garbled, 9, garbled.length, (byte) 'x');
        assertProblem(garbled, DocumentProblem.CORRUPT);
    }

    @Test
    void otherFormatsAreUnsupported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertProblem(png, DocumentProblem.UNSUPPORTED_TYPE);
        assertProblem(TestFiles.zip(new String[] {"xl/workbook.xml"}, new long[] {100}), DocumentProblem.UNSUPPORTED_TYPE);
        byte[] oldWord = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertProblem(oldWord, DocumentProblem.UNSUPPORTED_TYPE);
        byte[] binary = new byte[1000];
        Arrays.fill(binary, (byte) 3);
        assertProblem(binary, DocumentProblem.UNSUPPORTED_TYPE);
    }

    @Test
    void aZipBombStopsAtTheDefaultLimitBeforeAnyParserSeesIt() {
        long past = DocumentLimits.defaults().maxUnpacked() + 1;
        byte[] bomb = TestFiles.zip(new String[] {"word/document.xml", "word/media/a.bin"}, new long[] {10, past});
        assertThat(bomb.length).as("a small file").isLessThan(1_000_000);
        assertProblem(bomb, DocumentProblem.ZIP_BOMB);
    }

    @Test
    void limitsAreKeptAndNamed() {
        DocumentReader small = new DocumentReader(new DocumentLimits(2_000, 500, 3, 1_000_000));
        assertThatThrownBy(() -> small.read(new byte[2_001])).satisfies(e -> {
            assertThat(((DocumentException) e).problem()).isEqualTo(DocumentProblem.TOO_LARGE);
            assertThat(((DocumentException) e).limit()).isEqualTo(2_000);
        });
        assertThatThrownBy(() -> small.read("a".repeat(501))).extracting(e -> ((DocumentException) e).problem())
            .isEqualTo(DocumentProblem.TOO_LONG);
        assertThatThrownBy(() -> small.read("Een.\n\nTwee.\n\nDrie.\n\nVier.")).satisfies(e -> {
            assertThat(((DocumentException) e).problem()).isEqualTo(DocumentProblem.TOO_MANY_PARAGRAPHS);
            assertThat(((DocumentException) e).limit()).isEqualTo(3);
        });
    }

    private void assertProblem(byte[] bytes, DocumentProblem problem) {
        assertThatThrownBy(() -> reader.read(bytes)).isInstanceOf(DocumentException.class)
            .extracting(e -> ((DocumentException) e).problem()).isEqualTo(problem);
    }
}
