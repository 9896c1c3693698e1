package nl.hgw.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.hgw.nlp.report.Paragraphs;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a report into paragraphs: a .docx, a .pdf with a text layer, or plain text (UTF-8, or
 * Windows-1252 as old Notepad files are). What the bytes are decides, not the file name or the
 * media type a client claims. Everything that cannot be read ends in a {@link DocumentException}
 * with the reason; nothing is half-read. Thread-safe.
 */
public final class DocumentReader {

    /** A read document: what it turned out to be, and its paragraphs. */
    public record Read(DocumentType type, List<String> paragraphs) {

        public int characters() {
            return paragraphs.stream().mapToInt(String::length).sum();
        }
    }

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private static final String ENCRYPTED_OOXML = "EncryptedPackage";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final DocumentLimits limits;

    private final ZipGuard zipGuard;

    public DocumentReader(DocumentLimits limits) {
        this.limits = limits;
        this.zipGuard = new ZipGuard(limits.maxUnpacked());
    }

    public DocumentLimits limits() {
        return limits;
    }

    /** A file as uploaded. */
    public Read read(byte[] bytes) throws DocumentException {
        if (bytes == null || bytes.length == 0) {
            throw new DocumentException(DocumentProblem.EMPTY);
        }
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentException(DocumentProblem.TOO_LARGE, limits.maxBytes());
        }
        if (startsWith(bytes, PDF)) {
            return checked(DocumentType.PDF, PdfText.paragraphs(bytes));
        }
        if (startsWith(bytes, ZIP)) {
            if (!zipGuard.isWordDocument(bytes)) {
                throw new DocumentException(DocumentProblem.UNSUPPORTED_TYPE);
            }
            return checked(DocumentType.DOCX, DocxText.paragraphs(bytes));
        }
        if (startsWith(bytes, OLE2)) {
            throw new DocumentException(encryptedOoxml(bytes) ? DocumentProblem.ENCRYPTED
                : DocumentProblem.UNSUPPORTED_TYPE);
        }
        return checked(DocumentType.TEXT, Paragraphs.split(text(bytes)));
    }

    /** Text pasted into the chat or sent as JSON. */
    public Read read(String text) throws DocumentException {
        if (text == null || text.isBlank()) {
            throw new DocumentException(DocumentProblem.EMPTY);
        }
        if (text.length() > limits.maxCharacters()) {
            throw new DocumentException(DocumentProblem.TOO_LONG, limits.maxCharacters());
        }
        return checked(DocumentType.TEXT, Paragraphs.split(text));
    }

    private Read checked(DocumentType type, List<String> paragraphs) throws DocumentException {
        Read read = new Read(type, List.copyOf(paragraphs));
        if (paragraphs.isEmpty() || read.paragraphs().stream().allMatch(p -> p.codePoints().noneMatch(Character::isLetter))) {
            throw new DocumentException(DocumentProblem.EMPTY);
        }
        if (read.characters() > limits.maxCharacters()) {
            throw new DocumentException(DocumentProblem.TOO_LONG, limits.maxCharacters());
        }
        if (paragraphs.size() > limits.maxParagraphs()) {
            throw new DocumentException(DocumentProblem.TOO_MANY_PARAGRAPHS, limits.maxParagraphs());
        }
        return read;
    }

    /** UTF-8 (with or without a byte order mark), else Windows-1252; binary data is no text. */
    private static String text(byte[] bytes) throws DocumentException {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new DocumentException(DocumentProblem.UNSUPPORTED_TYPE);
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > bytes.length / 100 + 2) {
            throw new DocumentException(DocumentProblem.UNSUPPORTED_TYPE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean encryptedOoxml(byte[] bytes) {
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return ole.getRoot().hasEntry(ENCRYPTED_OOXML);
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
