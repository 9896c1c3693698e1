package nl.hgw.documents;

/** A document that cannot be read, with the reason; the message never quotes the document. */
public class DocumentException extends Exception {

    private final DocumentProblem problem;

    private final long limit;

    public DocumentException(DocumentProblem problem) {
        this(problem, 0);
    }

    /** @param limit the limit that was passed, for {@code TOO_*} problems */
    public DocumentException(DocumentProblem problem, long limit) {
        super(problem.code());
        this.problem = problem;
        this.limit = limit;
    }

    public DocumentProblem problem() {
        return problem;
    }

    /** The limit that was passed (bytes, characters or paragraphs), or 0. */
    public long limit() {
        return limit;
    }
}
