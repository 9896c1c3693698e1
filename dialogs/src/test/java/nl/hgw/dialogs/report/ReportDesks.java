package nl.hgw.dialogs.report;

import java.net.URI;
import java.time.Clock;
import nl.hgw.documents.DocumentLimits;
import nl.hgw.documents.DocumentReader;
import nl.hgw.nlp.reformulate.Reformulator;
import nl.hgw.nlp.report.ReportReformulator;

/** A report desk for conversation tests that do not fetch files: one per test JVM. */
public final class ReportDesks {

    private static ReportDesk desk;

    private ReportDesks() {
    }

    public static synchronized ReportDesk offline() {
        if (desk == null) {
            desk = new ReportDesk(new DocumentReader(DocumentLimits.defaults()), new ReportReformulator(Reformulator.load()),
                (turn, attachment, max) -> {
                    throw new AttachmentDownloader.Unreachable("offline");
                },
                (team, name, type, content) -> URI.create("https://downloads.test/" + name), Clock.systemUTC());
        }
        return desk;
    }
}
