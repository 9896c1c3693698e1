package nl.hgw.documents;

/** The kinds of report the bot reads, told apart by their content. */
public enum DocumentType {

    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf"),
    TEXT("text/plain");

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
