package nl.hgw.dialogs.report;

import java.util.Map;
import nl.hgw.dialogs.Messages;
import nl.hgw.documents.DocumentException;
import nl.hgw.documents.DocumentProblem;

/** What to tell a user about a document that cannot be read: {@code report.problem.<code>}, with its limit. */
public final class ReportProblems {

    private ReportProblems() {
    }

    public static String message(DocumentException problem, Messages messages) {
        return messages.text("report.problem." + problem.problem().code(), Map.of("limit", limit(problem)));
    }

    /** A byte limit in MB, others as the number. */
    private static String limit(DocumentException problem) {
        if (problem.problem() == DocumentProblem.TOO_LARGE || problem.problem() == DocumentProblem.ZIP_BOMB) {
            return String.valueOf(Math.max(1, problem.limit() / (1024 * 1024)));
        }
        return String.format(java.util.Locale.ROOT, "%,d", problem.limit()).replace(',', '.');
    }
}
