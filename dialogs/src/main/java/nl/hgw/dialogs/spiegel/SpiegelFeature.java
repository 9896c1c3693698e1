package nl.hgw.dialogs.spiegel;

import com.microsoft.bot.builder.BotState;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.Dialog;
import com.microsoft.bot.dialogs.DialogContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.DownloadLinks;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.documents.DocumentType;

/**
 * The HGW-spiegel as the activity handler sees it: start one ("spiegel"), continue the
 * team's unfinished one ("verder met de spiegel"), list, show and delete them by date, and
 * "terug", "stop" and "opslaan" in the middle of one. Names the dialogs it brings.
 */
public final class SpiegelFeature {

    private final StatePropertyAccessor<SpiegelDraft> drafts;

    private final SpiegelStore store;

    private final SpiegelDates dates;

    private final PrincipleTexts texts = new PrincipleTexts();

    private final SpiegelCards cards = new SpiegelCards();

    private final SpiegelDocx docx = new SpiegelDocx();

    private final DownloadLinks links;

    private final SpiegelDialog spiegelDialog;

    private final DeleteSpiegelDialog deleteDialog;

    /**
     * @param links    where a spiegel's .docx is published for the team
     * @param followUp what follows a finished spiegel (the reminder to look back)
     * @param clock what "today" is (a spiegel is named by the day it was started)
     */
    public SpiegelFeature(BotState conversationState, SpiegelRepository repository, DownloadLinks links,
            CommitmentFollowUp followUp, Clock clock) {
        this.links = links;
        this.drafts = conversationState.createProperty("spiegelDraft");
        this.store = new SpiegelStore(repository, clock);
        this.dates = new SpiegelDates(clock);
        this.spiegelDialog = new SpiegelDialog(drafts, store, texts, cards, followUp);
        this.deleteDialog = new DeleteSpiegelDialog(repository);
    }

    /** The dialogs to add to the handler's dialog set. */
    public List<Dialog> dialogs() {
        return List.of(spiegelDialog, deleteDialog);
    }

    /** Whether a spiegel is going on (its question waits for an answer). */
    public static boolean inSpiegel(DialogContext dialog) {
        return SpiegelDialog.isActive(dialog);
    }

    /** "spiegel": a new one; first how last time's commitment went, when there is one to ask about. */
    public CompletableFuture<Void> start(DialogContext dialog) {
        TurnContext turn = dialog.getContext();
        Messages messages = messages(turn);
        TeamScope team = TeamScope.of(turn.getActivity());
        SpiegelDraft draft = SpiegelDraft.start(UUID.randomUUID().toString(), dates.today(),
            TeamScope.authorOf(turn.getActivity()), store.now());
        StringBuilder intro = new StringBuilder(messages.text("spiegel.start.intro"));
        try {
            store.repository().lastFinished(team).filter(last -> last.evaluation().isEmpty()).ifPresent(last -> {
                draft.previousId = last.id();
                draft.previousDate = last.date().toString();
                draft.previousWhat = last.commitment(CommitmentStep.WHAT).map(CommitmentAnswer::text).orElse(null);
                draft.previousCheck = last.commitment(CommitmentStep.EVALUATION).map(CommitmentAnswer::text)
                    .orElse(null);
            });
            store.repository().lastUnfinished(team).ifPresent(open -> intro.append("\n\n")
                .append(messages.text("spiegel.start.open", Map.of("date", display(open.date(), messages)))));
        } catch (SpiegelRepository.UnavailableException e) {
            intro.append("\n\n").append(messages.text("spiegel.storage.readLater"));
        }
        return send(turn, intro.toString()).thenCompose(sent -> begin(dialog, draft));
    }

    /**
     * "verder met de spiegel": the spiegel this conversation stopped (kept here when the store
     * was away), else the team's most recent unfinished one, from any conversation.
     */
    public CompletableFuture<Void> resume(DialogContext dialog) {
        TurnContext turn = dialog.getContext();
        Messages messages = messages(turn);
        return drafts.get(turn, null).thenCompose(kept -> {
            SpiegelDraft draft = kept;
            if (draft == null) {
                Optional<Spiegel> open;
                try {
                    open = store.repository().lastUnfinished(TeamScope.of(turn.getActivity()));
                } catch (SpiegelRepository.UnavailableException e) {
                    return send(turn, messages.text("spiegel.storage.readFailed"));
                }
                if (open.isEmpty()) {
                    return send(turn, messages.text("spiegel.resume.none"));
                }
                draft = SpiegelDraft.of(open.get());
            }
            draft.acknowledgement = null;
            SpiegelDraft resumed = draft;
            return send(turn, messages.text("spiegel.resume", Map.of("date", display(LocalDate.parse(draft.date),
                messages)))).thenCompose(sent -> begin(dialog, resumed));
        });
    }

    /** "spiegels": the team's spiegels, the newest first. */
    public CompletableFuture<Void> list(TurnContext turn) {
        Messages messages = messages(turn);
        List<Spiegel> spiegels;
        try {
            spiegels = store.repository().list(TeamScope.of(turn.getActivity()));
        } catch (SpiegelRepository.UnavailableException e) {
            return send(turn, messages.text("spiegel.storage.readFailed"));
        }
        if (spiegels.isEmpty()) {
            return send(turn, messages.text("spiegel.list.empty"));
        }
        StringBuilder text = new StringBuilder(messages.text("spiegel.list.title"));
        for (Spiegel spiegel : spiegels) {
            text.append('\n').append(messages.text(spiegel.finished() ? "spiegel.list.line" : "spiegel.list.open",
                Map.of("date", display(spiegel.date(), messages), "typed", SpiegelDates.typed(spiegel.date()),
                    "principles", String.valueOf(spiegel.principles().size()),
                    "answers", String.valueOf(spiegel.answers().size()))));
        }
        return send(turn, text.append("\n\n").append(messages.text("spiegel.list.hint")).toString());
    }

    /** "toon spiegel 24-11-2026": the summary card of each spiegel of that day. */
    public CompletableFuture<Void> show(TurnContext turn, String dateText) {
        Messages messages = messages(turn);
        return withDate(turn, dateText, (date, spiegels) -> {
            CompletableFuture<Void> sent = CompletableFuture.completedFuture(null);
            for (Spiegel spiegel : spiegels) {
                sent = sent.thenCompose(done -> turn.sendActivity(cards.summary(spiegel, texts.of(messages), messages))
                    .thenApply(result -> null));
            }
            return sent;
        });
    }

    /** "exporteer spiegel 24-11-2026": each spiegel of that day as a .docx behind a link that expires. */
    public CompletableFuture<Void> export(TurnContext turn, String dateText) {
        Messages messages = messages(turn);
        return withDate(turn, dateText, (date, spiegels) -> {
            CompletableFuture<Void> sent = CompletableFuture.completedFuture(null);
            for (Spiegel spiegel : spiegels) {
                java.net.URI link;
                try {
                    link = links.publish(TeamScope.of(turn.getActivity()), messages.text("spiegel.docx.fileName",
                        Map.of("date", SpiegelDates.typed(date))) + ".docx", DocumentType.DOCX.mediaType(),
                        docx.write(spiegel, texts.of(messages), messages));
                } catch (PupilRepository.UnavailableException e) {
                    return sent.thenCompose(done -> send(turn, messages.text("spiegel.export.failed")));
                }
                sent = sent.thenCompose(done -> turn.sendActivity(cards.download(spiegel, link, messages))
                    .thenApply(result -> null));
            }
            return sent;
        });
    }

    /** "verwijder spiegel 24-11-2026": after a confirmation. */
    public CompletableFuture<Void> delete(DialogContext dialog, String dateText) {
        return withDate(dialog.getContext(), dateText, (date, spiegels) ->
            dialog.beginDialog(DeleteSpiegelDialog.ID, date.toString()).thenApply(result -> null));
    }

    /** "terug": the question before the open one, asked again (answers stay; a new one is added). */
    public CompletableFuture<Void> back(DialogContext dialog) {
        TurnContext turn = dialog.getContext();
        return drafts.get(turn, SpiegelDraft::new).thenCompose(draft -> {
            if (draft.position == 0) {
                return send(turn, messages(turn).text("spiegel.back.first")).thenCompose(sent -> dialog.repromptDialog());
            }
            draft.position--;
            draft.acknowledgement = null;
            return drafts.set(turn, draft)
                .thenCompose(set -> dialog.cancelAllDialogs())
                .thenCompose(cancelled -> dialog.beginDialog(SpiegelDialog.ID))
                .thenApply(result -> null);
        });
    }

    /**
     * "stop": pauses. What was answered stays stored as unfinished ("verder met de spiegel");
     * a spiegel without answers is not kept. When the store is away, this conversation keeps it.
     */
    public CompletableFuture<Void> cancel(DialogContext dialog) {
        TurnContext turn = dialog.getContext();
        Messages messages = messages(turn);
        return drafts.get(turn, SpiegelDraft::new).thenCompose(draft -> dialog.cancelAllDialogs().thenCompose(done -> {
            String date = SpiegelDates.typed(LocalDate.parse(draft.date));
            try {
                if (draft.hasAnswers()) {
                    store.save(turn, draft, false);
                } else {
                    store.flushReflections(turn, draft);
                    if (draft.chosen()) {
                        store.repository().delete(TeamScope.of(turn.getActivity()), draft.id);
                    }
                }
            } catch (SpiegelRepository.UnavailableException e) {
                return send(turn, messages.text("spiegel.stopped.unsaved"));
            }
            return drafts.delete(turn).thenCompose(deleted -> send(turn, messages.text(draft.hasAnswers()
                ? "spiegel.stopped" : "spiegel.stopped.empty", Map.of("date", date))));
        }));
    }

    /** "opslaan" in a spiegel: only the last save waits for it; the rest is saved after every answer. */
    public CompletableFuture<Void> save(DialogContext dialog) {
        return drafts.get(dialog.getContext(), SpiegelDraft::new).thenCompose(draft -> {
            if (draft.current(texts.ids()).kind() == SpiegelDraft.Kind.FINISH) {
                return dialog.continueDialog().thenApply(result -> null);
            }
            return send(dialog.getContext(), messages(dialog.getContext()).text("spiegel.save.auto"));
        });
    }

    private CompletableFuture<Void> withDate(TurnContext turn, String dateText,
            java.util.function.BiFunction<LocalDate, List<Spiegel>, CompletableFuture<Void>> use) {
        Messages messages = messages(turn);
        Optional<LocalDate> date = dates.parse(dateText);
        if (date.isEmpty()) {
            return send(turn, messages.text("spiegel.date.unknown"));
        }
        List<Spiegel> spiegels;
        try {
            spiegels = store.repository().onDate(TeamScope.of(turn.getActivity()), date.get());
        } catch (SpiegelRepository.UnavailableException e) {
            return send(turn, messages.text("spiegel.storage.readFailed"));
        }
        if (spiegels.isEmpty()) {
            return send(turn, messages.text("spiegel.date.none", Map.of("date", display(date.get(), messages))));
        }
        return use.apply(date.get(), spiegels);
    }

    private CompletableFuture<Void> begin(DialogContext dialog, SpiegelDraft draft) {
        return drafts.set(dialog.getContext(), draft)
            .thenCompose(set -> dialog.beginDialog(SpiegelDialog.ID))
            .thenApply(result -> null);
    }

    private static String display(LocalDate date, Messages messages) {
        return SpiegelDates.display(date, messages.locale());
    }

    private static CompletableFuture<Void> send(TurnContext turn, String text) {
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }
}
