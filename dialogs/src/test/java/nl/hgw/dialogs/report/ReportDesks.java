package nl.hgw.dialogs.report;

import java.net.URI;
import java.time.Clock;
import nl.hgw.dialogs.DownloadLinks;
import nl.hgw.documents.DocumentLimits;
import nl.hgw.documents.DocumentReader;
import nl.hgw.nlp.reformulate.Reformulator;
import nl.hgw.nlp.report.ReportReformulator;

/** Report desks for conversation tests that do not fetch files; the engine is loaded once per test JVM. */
public final class ReportDesks {

    private static ReportReformulator reformulator;

    private static ReportDesk offline;

    private ReportDesks() {
    }

    /** Links point at {@code https://downloads.test/<file name>}; nothing is kept. */
    public static synchronized ReportDesk offline() {
        if (offline == null) {
            offline = publishingTo((team, name, type, content) -> URI.create("https://downloads.test/" + name));
        }
        return offline;
    }

    /** A desk that publishes the documents it writes to {@code links}. */
    public static synchronized ReportDesk publishingTo(DownloadLinks links) {
        if (reformulator == null) {
            reformulator = new ReportReformulator(Reformulator.load());
        }
        return new ReportDesk(new DocumentReader(DocumentLimits.defaults()), reformulator,
            (turn, attachment, max) -> {
                throw new AttachmentDownloader.Unreachable("offline");
            },
            links, Clock.systemUTC());
    }
}
