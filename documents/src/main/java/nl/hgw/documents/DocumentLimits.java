package nl.hgw.documents;

/**
 * How much a report may be.
 *
 * @param maxBytes       the file as uploaded (default 10 MB)
 * @param maxCharacters  the text in it (default 300,000: some 100 pages)
 * @param maxParagraphs  its paragraphs (default 2,000)
 * @param maxUnpacked    what the parts of a .docx may unpack to together (default 100 MB)
 */
public record DocumentLimits(long maxBytes, int maxCharacters, int maxParagraphs, long maxUnpacked) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public DocumentLimits {
        if (maxBytes <= 0 || maxCharacters <= 0 || maxParagraphs <= 0 || maxUnpacked <= 0) {
            throw new IllegalArgumentException("document limits must be positive");
        }
    }

    public static DocumentLimits defaults() {
        return withMaxBytes(DEFAULT_MAX_BYTES);
    }

    /** The defaults with another upload limit; the unpacked limit grows with it. */
    public static DocumentLimits withMaxBytes(long maxBytes) {
        return new DocumentLimits(maxBytes, 300_000, 2_000, Math.max(100L * 1024 * 1024, 10 * maxBytes));
    }
}
