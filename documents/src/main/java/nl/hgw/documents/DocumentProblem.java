package nl.hgw.documents;

import java.util.Locale;

/**
 * Why a document cannot be read. Each has a stable code for APIs and message keys
 * ({@code report.problem.<code>}); none carries any of the document's content.
 */
public enum DocumentProblem {

    /** No bytes, or no text in them. */
    EMPTY,

    /** Not a .docx, .pdf or plain text file (the content decides, not the name). */
    UNSUPPORTED_TYPE,

    /** A password-protected .docx or .pdf, or a PDF that forbids copying its text. */
    ENCRYPTED,

    /** A PDF of scanned pages: no text layer to read. */
    NO_TEXT_LAYER,

    /** Claims to be a .docx or .pdf but cannot be read as one. */
    CORRUPT,

    /** A .docx whose parts unpack to far more than a report can be. */
    ZIP_BOMB,

    /** More bytes than the configured limit. */
    TOO_LARGE,

    /** More characters than the configured limit. */
    TOO_LONG,

    /** More paragraphs than the configured limit. */
    TOO_MANY_PARAGRAPHS;

    /** The code in APIs and message keys, e.g. {@code no_text_layer}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
