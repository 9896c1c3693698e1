package nl.hgw.dialogs.spiegel;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.ComponentDialog;
import com.microsoft.bot.dialogs.DialogContext;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallDialog;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import com.microsoft.bot.schema.Activity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.spiegel.SpiegelDraft.Kind;
import nl.hgw.dialogs.spiegel.SpiegelDraft.Step;

/**
 * The HGW-spiegel: how last time's "Morgen ga ik …" went (when there was one), the choice of
 * principles, then per principle its explanation and the feed up, feed back and feed
 * forward questions, then the commitment step by step, played back as a card.
 *
 * <p>Two steps in a loop: ask the open question of the {@link SpiegelDraft}, take the
 * answer, save, ask again. While a feed question (or the evaluation) is open, every message
 * is one answer, by whoever writes it; "verder"/"volgende" or the card's button moves on.
 * A commitment step takes one answer and moves on. Everything lives in the draft in
 * conversation state, so a restart carries on at the open question.
 */
final class SpiegelDialog extends ComponentDialog {

    static final String ID = "spiegelDialog";

    private static final String STEPS = ID + ".steps";

    private static final String ANSWER_PROMPT = ID + ".answer";

    private final StatePropertyAccessor<SpiegelDraft> drafts;

    private final SpiegelStore store;

    private final PrincipleTexts texts;

    private final SpiegelCards cards;

    private final CommitmentFollowUp followUp;

    SpiegelDialog(StatePropertyAccessor<SpiegelDraft> drafts, SpiegelStore store, PrincipleTexts texts,
            SpiegelCards cards, CommitmentFollowUp followUp) {
        super(ID);
        this.followUp = followUp;
        this.drafts = drafts;
        this.store = store;
        this.texts = texts;
        this.cards = cards;
        addDialog(new WaterfallDialog(STEPS, List.of(this::askStep, this::answerStep)));
        addDialog(new SpiegelPrompt(ANSWER_PROMPT));
        setInitialDialogId(STEPS);
    }

    /** Asks the open question; after an answer to a feed question only a short acknowledgement. */
    private CompletableFuture<DialogTurnResult> askStep(WaterfallStepContext step) {
        TurnContext turn = step.getContext();
        Messages messages = messages(turn);
        return drafts.get(turn, SpiegelDraft::new).thenCompose(draft -> {
            Step current = draft.current(texts.ids());
            if (current.kind() == Kind.FINISH && draft.acknowledgement == null) {
                return finish(step, draft, messages);
            }
            Activity prompt = draft.acknowledgement != null ? MessageFactory.text(draft.acknowledgement)
                : question(current, draft, messages);
            draft.acknowledgement = null;
            return drafts.set(turn, draft)
                .thenCompose(set -> step.prompt(ANSWER_PROMPT, SpiegelPrompt.options(prompt, draft.position)));
        });
    }

    /** Takes the answer in, saves, and asks the (next) open question. */
    private CompletableFuture<DialogTurnResult> answerStep(WaterfallStepContext step) {
        TurnContext turn = step.getContext();
        Messages messages = messages(turn);
        JsonNode answer = (JsonNode) step.getResult();
        return drafts.get(turn, SpiegelDraft::new).thenCompose(draft -> {
            new AnswerTaker(draft, messages, texts.of(messages), store.now()).take(answer, turn.getActivity());
            return store.autosave(turn, draft)
                .thenCompose(saved -> drafts.set(turn, draft))
                .thenCompose(set -> step.replaceDialog(STEPS));
        });
    }

    private Activity question(Step current, SpiegelDraft draft, Messages messages) {
        Principles principles = texts.of(messages);
        return switch (current.kind()) {
            case EVALUATION -> MessageFactory.text(evaluationQuestion(draft, messages));
            case CHOICE -> cards.choice(principles, draft.position, messages);
            case FEED -> cards.question(principles.byId(current.principle()).orElseThrow(), principles,
                current.feed(), draft.principles.indexOf(current.principle()) + 1, draft.principles.size(),
                draft.position, messages);
            case COMMIT -> MessageFactory.text(messages.text("spiegel.commit." + current.step().id(), Map.of(
                "number", String.valueOf(current.step().ordinal() + 1),
                "count", String.valueOf(CommitmentStep.values().length))));
            case FINISH -> MessageFactory.text(messages.text("spiegel.save.retry"));
        };
    }

    private static String evaluationQuestion(SpiegelDraft draft, Messages messages) {
        String date = SpiegelDates.display(LocalDate.parse(draft.previousDate), messages.locale());
        StringBuilder text = new StringBuilder(messages.text("spiegel.evaluation.intro", Map.of("date", date)));
        if (draft.previousWhat != null) {
            text.append("\n\n").append(messages.text("spiegel.evaluation.what", Map.of("what", draft.previousWhat)));
        }
        if (draft.previousCheck != null) {
            text.append("\n\n").append(messages.text("spiegel.evaluation.check", Map.of("check", draft.previousCheck)));
        }
        return text.append("\n\n").append(messages.text("spiegel.evaluation.prompt")).toString();
    }

    /** Stores the finished spiegel and plays the commitment and the whole spiegel back. */
    private CompletableFuture<DialogTurnResult> finish(WaterfallStepContext step, SpiegelDraft draft,
            Messages messages) {
        TurnContext turn = step.getContext();
        Spiegel saved;
        try {
            saved = store.save(turn, draft, true);
        } catch (SpiegelRepository.UnavailableException e) {
            // told once: the answer before this one could not be saved either
            Activity retry = MessageFactory.text(draft.storeWarned ? messages.text("spiegel.save.retry")
                : messages.text("spiegel.storage.unavailable") + "\n\n" + messages.text("spiegel.save.retry"));
            draft.storeWarned = true;
            return step.prompt(ANSWER_PROMPT, SpiegelPrompt.options(retry, draft.position));
        }
        String date = SpiegelDates.display(saved.date(), messages.locale());
        String done = messages.text("spiegel.done", Map.of("date", date, "typed", SpiegelDates.typed(saved.date())))
            + followUp.after(turn, saved, messages).map(next -> "\n\n" + next).orElse("");
        return drafts.delete(turn)
            .thenCompose(deleted -> turn.sendActivities(
                MessageFactory.text(done),
                cards.commitment(saved, messages),
                cards.summary(saved, texts.of(messages), messages)))
            .thenCompose(sent -> step.endDialog(saved.id()));
    }

    /** Whether the spiegel dialog is the active one (its prompt waits inside it). */
    static boolean isActive(DialogContext root) {
        return root.getActiveDialog() != null && ID.equals(root.getActiveDialog().getId());
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }
}
