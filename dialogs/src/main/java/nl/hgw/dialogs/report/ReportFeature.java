package nl.hgw.dialogs.report;

import com.microsoft.bot.builder.BotState;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.Dialog;
import com.microsoft.bot.dialogs.DialogContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilRepository;

/**
 * Reports, as the activity handler sees them: "herformuleer verslag" (with the text or a file
 * in the same message, or asked for), and "stop" forgetting the report. Names the dialog it
 * brings; the handler adds it to its dialog set.
 */
public final class ReportFeature {

    private final StatePropertyAccessor<ReportDraft> drafts;

    private final ReportDesk desk;

    private final ReportDialog dialog;

    public ReportFeature(BotState conversationState, ReportDesk desk, PupilRepository pupils) {
        this.drafts = conversationState.createProperty("reportDraft");
        this.desk = desk;
        this.dialog = new ReportDialog(drafts, desk, pupils);
    }

    public List<Dialog> dialogs() {
        return List.of(dialog);
    }

    /** Whether a message carries a file (a report sent without the command is taken as one). */
    public static boolean hasFile(com.microsoft.bot.schema.Activity activity) {
        return ReportDesk.fileIn(activity).isPresent();
    }

    /** Whether the active dialog is a report. */
    public static boolean inReport(DialogContext dialog) {
        return dialog.getActiveDialog() != null && ReportDialog.ID.equals(dialog.getActiveDialog().getId());
    }

    /**
     * Starts a report. Text after the command, or a file attached to the same message, is the
     * report; otherwise the dialog asks for it. A file that cannot be read is said, then asked for.
     */
    public CompletableFuture<Void> start(DialogContext dialog, String pasted) {
        TurnContext turn = dialog.getContext();
        ReportDraft draft = new ReportDraft();
        boolean somethingSent = (pasted != null && !pasted.isBlank()) || ReportDesk.fileIn(turn.getActivity()).isPresent();
        CompletableFuture<Void> read = CompletableFuture.completedFuture(null);
        if (somethingSent) {
            read = desk.readInto(draft, turn, pasted, messages(turn)).map(problem -> send(turn, problem)).orElse(read);
        }
        return read.thenCompose(sent -> drafts.set(turn, draft))
            .thenCompose(set -> dialog.beginDialog(ReportDialog.ID))
            .thenApply(result -> null);
    }

    /** Forgets the report of this conversation ("stop"). */
    public CompletableFuture<Void> forget(TurnContext turn) {
        return drafts.delete(turn);
    }

    private static CompletableFuture<Void> send(TurnContext turn, String text) {
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }
}
