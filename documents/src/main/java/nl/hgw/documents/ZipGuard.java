package nl.hgw.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks into a zip (a .docx is one) before any parser does: unpacks every part into nothing,
 * counting the bytes that really come out (not what the headers claim), and stops at the
 * limit. Says whether it holds a Word document.
 */
final class ZipGuard {

    private static final String WORD_DOCUMENT = "word/document.xml";

    private final long maxUnpacked;

    ZipGuard(long maxUnpacked) {
        this.maxUnpacked = maxUnpacked;
    }

    /** Whether the zip is a Word document; throws when it unpacks past the limit or is broken. */
    boolean isWordDocument(byte[] zip) throws DocumentException {
        long unpacked = 0;
        boolean word = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                word |= WORD_DOCUMENT.equals(entry.getName());
                int read;
                while ((read = in.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > maxUnpacked) {
                        throw new DocumentException(DocumentProblem.ZIP_BOMB, maxUnpacked);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            throw new DocumentException(DocumentProblem.CORRUPT);
        }
        return word;
    }
}
