package nl.hgw.dialogs.pupil;

import com.microsoft.bot.builder.BotState;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.Dialog;
import com.microsoft.bot.dialogs.DialogContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilDraft.Slot;

/**
 * Pupils and their needs, as the activity handler sees them: start a note, list, show,
 * reopen and delete pupils, and the commands that work in the middle of a note ("terug",
 * "stop", "opslaan"). Names the dialogs it brings; the handler adds them to its dialog set.
 */
public final class PupilFeature {

    private final StatePropertyAccessor<PupilDraft> drafts;

    private final NoteEngine engine;

    private final PupilRepository repository;

    private final PupilCard pupilCard = new PupilCard();

    private final NoteDialog noteDialog;

    private final DeleteDialog deleteDialog;

    public PupilFeature(BotState conversationState, NoteEngine engine, PupilRepository repository) {
        this.drafts = conversationState.createProperty("pupilDraft");
        this.engine = engine;
        this.repository = repository;
        this.noteDialog = new NoteDialog(drafts, engine, repository, pupilCard);
        this.deleteDialog = new DeleteDialog(repository);
    }

    /** The dialogs to add to the handler's dialog set. */
    public List<Dialog> dialogs() {
        return List.of(noteDialog, deleteDialog);
    }

    /** Whether the active dialog is the note about a pupil. */
    public static boolean inNote(DialogContext dialog) {
        return dialog.getActiveDialog() != null && NoteDialog.ID.equals(dialog.getActiveDialog().getId());
    }

    /** Whether free text is a note about a pupil (rather than a question to the bot). */
    public boolean looksLikeNote(TurnContext turn, String text) {
        return engine.looksLikeNote(text, messages(turn));
    }

    /** A note in the teacher's own words: find the pupil, then the goal first. */
    public CompletableFuture<Void> startNote(DialogContext dialog, String text) {
        TurnContext turn = dialog.getContext();
        PupilDraft draft = new PupilDraft();
        draft.note = text.strip();
        draft.pupil = engine.pupilIn(text, messages(turn)).orElse(null);
        return begin(dialog, draft);
    }

    /** "nieuwe leerling" or the card button, with or without a name. */
    public CompletableFuture<Void> startNew(DialogContext dialog, String name) {
        PupilDraft draft = new PupilDraft();
        draft.pupil = PupilNames.clean(name).orElse(null);
        return begin(dialog, draft);
    }

    /** "leerlingen": this team's pupils with their goals. */
    public CompletableFuture<Void> list(TurnContext turn) {
        Messages messages = messages(turn);
        List<PupilPlan> pupils;
        try {
            pupils = repository.list(TeamScope.of(turn.getActivity()));
        } catch (PupilRepository.UnavailableException e) {
            return send(turn, messages.text("storage.readFailed"));
        }
        if (pupils.isEmpty()) {
            return send(turn, messages.text("list.empty"));
        }
        StringBuilder text = new StringBuilder(messages.text(TeamScope.inTeam(turn.getActivity())
            ? "list.title.team" : "list.title.chat"));
        for (int i = 0; i < pupils.size(); i++) {
            PupilPlan plan = pupils.get(i);
            text.append('\n').append(messages.text("list.line", Map.of("number", String.valueOf(i + 1),
                "pupil", plan.name(), "goal", plan.goal(), "count", String.valueOf(plan.needs().size()))));
        }
        text.append("\n\n").append(messages.text("list.hint"));
        return send(turn, text.toString());
    }

    /**
     * "toon Joost": the stored plan as a card. "Toon heeft ADHD, …" is a note about Toon:
     * when no pupil has that name and the text reads as a note, it is taken as one.
     */
    public CompletableFuture<Void> show(DialogContext dialog, String name, String wholeText) {
        TurnContext turn = dialog.getContext();
        return withPlan(dialog, name, wholeText,
            plan -> turn.sendActivity(pupilCard.activity(plan, messages(turn))).thenApply(sent -> null));
    }

    /** "wijzig Joost": goal and needs editable again, then reach and support, then save. */
    public CompletableFuture<Void> edit(DialogContext dialog, String name, String wholeText) {
        return withPlan(dialog, name, wholeText, plan -> {
            PupilDraft draft = new PupilDraft();
            draft.editing = true;
            draft.storedChecked = true;
            draft.load(plan);
            return begin(dialog, draft);
        });
    }

    /** "verwijder Joost": after a confirmation. */
    public CompletableFuture<Void> delete(DialogContext dialog, String name, String wholeText) {
        return withPlan(dialog, name, wholeText,
            plan -> dialog.beginDialog(DeleteDialog.ID, plan.name()).thenApply(result -> null));
    }

    /** "terug": reopens the last answer of the note and asks it again. */
    public CompletableFuture<Void> back(DialogContext dialog) {
        TurnContext turn = dialog.getContext();
        Messages messages = messages(turn);
        if (!inNote(dialog)) {
            return send(turn, messages.text("back.nothing")).thenCompose(sent -> dialog.repromptDialog());
        }
        return drafts.get(turn, PupilDraft::new).thenCompose(draft -> {
            if (draft.answered.isEmpty()) {
                return send(turn, messages.text("back.first")).thenCompose(sent -> dialog.repromptDialog());
            }
            Slot slot = draft.answered.remove(draft.answered.size() - 1);
            PupilDraft reopened = draft.reopen(slot);
            return drafts.set(turn, reopened)
                .thenCompose(set -> dialog.cancelAllDialogs())
                .thenCompose(cancelled -> dialog.beginDialog(NoteDialog.ID))
                .thenApply(result -> null);
        });
    }

    /** "stop": ends what is going on; nothing of it is stored. */
    public CompletableFuture<Void> cancel(DialogContext dialog) {
        TurnContext turn = dialog.getContext();
        return dialog.cancelAllDialogs()
            .thenCompose(cancelled -> drafts.delete(turn))
            .thenCompose(deleted -> send(turn, messages(turn).text("cancel.done")));
    }

    /** "opslaan" in the middle of a note: saves when that is what the dialog waits for. */
    public CompletableFuture<Void> save(DialogContext dialog) {
        if (NoteDialog.waitsForSave(dialog)) {
            return dialog.continueDialog().thenApply(result -> null);
        }
        return send(dialog.getContext(), messages(dialog.getContext()).text("save.notYet"))
            .thenCompose(sent -> dialog.repromptDialog());
    }

    private CompletableFuture<Void> withPlan(DialogContext dialog, String name, String wholeText,
            Function<PupilPlan, CompletableFuture<Void>> use) {
        TurnContext turn = dialog.getContext();
        Messages messages = messages(turn);
        Optional<PupilPlan> plan;
        try {
            plan = name.isBlank() ? Optional.empty() : repository.find(TeamScope.of(turn.getActivity()), name);
        } catch (PupilRepository.UnavailableException e) {
            return send(turn, messages.text("storage.readFailed"));
        }
        if (plan.isPresent()) {
            return use.apply(plan.get());
        }
        if (wholeText != null && looksLikeNote(turn, wholeText)) {
            return startNote(dialog, wholeText);
        }
        return send(turn, messages.text("pupil.unknown", Map.of("pupil", name)));
    }

    private CompletableFuture<Void> begin(DialogContext dialog, PupilDraft draft) {
        return drafts.set(dialog.getContext(), draft)
            .thenCompose(set -> dialog.beginDialog(NoteDialog.ID))
            .thenApply(result -> null);
    }

    private static CompletableFuture<Void> send(TurnContext turn, String text) {
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }
}
