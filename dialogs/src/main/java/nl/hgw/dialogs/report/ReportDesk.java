package nl.hgw.dialogs.report;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.hgw.dialogs.DownloadLinks;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.documents.DocumentException;
import nl.hgw.documents.DocumentReader;
import nl.hgw.documents.DocumentType;
import nl.hgw.documents.ReportDocx;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.report.ReportReformulation;
import nl.hgw.nlp.report.ReportReformulator;

/**
 * The work behind "herformuleer verslag", without the conversation: read what the user sent
 * (an attached file or pasted text), reformulate it paragraph by paragraph, write the .docx and
 * make it downloadable. Thread-safe; one per application.
 */
public final class ReportDesk {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportDesk.class);

    /** Teams: a file a user uploads in a personal chat arrives as this, with a download URL. */
    public static final String TEAMS_FILE = "application/vnd.microsoft.teams.file.download.info";

    private final DocumentReader reader;

    private final ReportReformulator reformulator;

    private final AttachmentDownloader downloader;

    private final DownloadLinks links;

    private final Clock clock;

    public ReportDesk(DocumentReader reader, ReportReformulator reformulator, AttachmentDownloader downloader,
            DownloadLinks links, Clock clock) {
        this.reader = reader;
        this.reformulator = reformulator;
        this.downloader = downloader;
        this.links = links;
        this.clock = clock;
    }

    public DocumentReader reader() {
        return reader;
    }

    /** Where the documents the bot writes are published (the spiegel's .docx goes there too). */
    public DownloadLinks links() {
        return links;
    }

    /** The file a message carries, if any: a Teams file, or any attachment with a content URL that is no card. */
    static Optional<Attachment> fileIn(Activity activity) {
        if (activity.getAttachments() == null) {
            return Optional.empty();
        }
        return activity.getAttachments().stream().filter(ReportDesk::isFile).findFirst();
    }

    /** Teams puts a formatted message's HTML beside it as an attachment: that is no file. */
    private static boolean isFile(Attachment attachment) {
        String type = attachment.getContentType() == null ? "" : attachment.getContentType().toLowerCase(Locale.ROOT);
        if (TEAMS_FILE.equals(type)) {
            return true;
        }
        return attachment.getContentUrl() != null && !type.startsWith("text/html")
            && !type.startsWith("application/vnd.microsoft.card");
    }

    /**
     * Reads the report in a message (the attached file, else the text) into the draft, with the
     * goals and pupil it states. When it cannot be read, the draft is left as it was and the
     * answer is what to tell the user.
     */
    Optional<String> readInto(ReportDraft draft, TurnContext turn, String text, Messages messages) {
        DocumentReader.Read read;
        try {
            Optional<Attachment> file = fileIn(turn.getActivity());
            read = file.isPresent() ? reader.read(downloader.download(turn, file.get(), reader.limits().maxBytes()))
                : reader.read(text);
        } catch (DocumentException problem) {
            return Optional.of(ReportProblems.message(problem, messages));
        } catch (AttachmentDownloader.Unreachable unreachable) {
            LOG.info("An attached file could not be fetched: {}", unreachable.getMessage());
            return Optional.of(messages.text("report.download.failed"));
        }
        ReportReformulator.Stated stated = reformulator.stated(read.paragraphs(), language(messages));
        draft.paragraphs = new java.util.ArrayList<>(read.paragraphs());
        draft.statedGoals = new java.util.ArrayList<>(stated.goals());
        draft.pupil = stated.pupil();
        return Optional.empty();
    }

    ReportReformulation reformulate(ReportDraft draft, Messages messages) {
        return reformulator.reformulate(draft.paragraphs, draft.goal, draft.pupil, language(messages));
    }

    /** The .docx of the reformulation, published for the team. */
    URI publish(TeamScope team, ReportReformulation report, Messages messages) {
        byte[] docx = new ReportDocx(messages::text).write(report, LocalDate.now(clock));
        String name = messages.text("report.docx.fileName") + ".docx";
        return links.publish(team, name, DocumentType.DOCX.mediaType(), docx);
    }

    private static Language language(Messages messages) {
        return messages.english() ? Language.ENGLISH : Language.DUTCH;
    }
}
