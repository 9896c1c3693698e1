package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.ComponentDialog;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallDialog;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import com.microsoft.bot.dialogs.prompts.PromptOptions;
import com.microsoft.bot.dialogs.prompts.PromptValidatorContext;
import com.microsoft.bot.dialogs.prompts.TextPrompt;
import com.microsoft.bot.schema.Activity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilDraft.Slot;

/**
 * The goal-first conversation about one pupil: whose note it is, the goal (asked before
 * anything is reformulated, with one follow-up when it is vague), the note if there is none
 * yet, the needs on a card, who else needs them, what the teacher needs, then save.
 *
 * <p>Everything entered lives in a {@link PupilDraft} in conversation state. Each step asks
 * its question only when the draft lacks the answer, and the step after it takes the answer
 * in; so the conversation resumes after a restart, "terug" reopens the last answer and starts
 * the steps again, and a card shown again after an edit is simply the steps run once more.
 */
final class NoteDialog extends ComponentDialog {

    static final String ID = "noteDialog";

    private static final String STEPS = ID + ".steps";

    private static final String SAVE_STEPS = ID + ".save";

    private static final String NAME_PROMPT = ID + ".namePrompt";

    private static final String TEXT_PROMPT = ID + ".textPrompt";

    private static final String CARD_PROMPT = ID + ".cardPrompt";

    private static final String SAVE_PROMPT = ID + ".savePrompt";

    /** Step value: the slot the step before asked about, so this step can take the answer in. */
    private static final String ASKED = "asked";

    private final StatePropertyAccessor<PupilDraft> drafts;

    private final NoteEngine engine;

    private final PupilRepository repository;

    private final NeedsCard needsCard;

    private final ReachCard reachCard = new ReachCard();

    private final SupportCard supportCard = new SupportCard();

    private final PupilCard pupilCard;

    NoteDialog(StatePropertyAccessor<PupilDraft> drafts, NoteEngine engine, PupilRepository repository,
            PupilCard pupilCard) {
        super(ID);
        this.drafts = drafts;
        this.engine = engine;
        this.repository = repository;
        this.needsCard = new NeedsCard(engine);
        this.pupilCard = pupilCard;

        addDialog(new WaterfallDialog(STEPS, List.of(this::pupilStep, this::goalStep, this::goalDetailStep,
            this::noteStep, this::needsStep, this::reachStep, this::supportStep, this::saveStep)));
        addDialog(new WaterfallDialog(SAVE_STEPS, List.of(this::trySaveStep, NoteDialog::retrySaveStep)));
        addDialog(new TextPrompt(NAME_PROMPT, NoteDialog::nameValidator));
        addDialog(new TextPrompt(TEXT_PROMPT, NoteDialog::textValidator));
        addDialog(new CardPrompt(CARD_PROMPT, "card.stale", this::card));
        addDialog(new TextPrompt(SAVE_PROMPT, NoteDialog::saveValidator));
        setInitialDialogId(STEPS);
    }

    /** "Over welke leerling gaat het?", unless the note named the pupil. */
    private CompletableFuture<DialogTurnResult> pupilStep(WaterfallStepContext step) {
        return withDraft(step, (draft, messages) -> draft.hasPupil() ? step.next(null)
            : ask(step, Slot.PUPIL, NAME_PROMPT, messages.text("pupil.prompt"), messages.text("pupil.retry")));
    }

    /** The goal first: asked unless one is stored for this pupil; when reopened, offered to keep. */
    private CompletableFuture<DialogTurnResult> goalStep(WaterfallStepContext step) {
        return withDraft(step, (draft, messages) -> lookUpStored(step.getContext(), draft, messages).thenCompose(looked -> {
            Map<String, String> names = Map.of("pupil", draft.pupil, "goal", draft.hasGoal() ? draft.goal : "");
            if (draft.editing && !draft.goalConfirmed) {
                return ask(step, Slot.GOAL, TEXT_PROMPT, messages.text("goal.edit", names), messages.text("goal.retry"));
            }
            if (draft.hasGoal()) {
                return step.next(null);
            }
            return ask(step, Slot.GOAL, TEXT_PROMPT, messages.text("goal.prompt", names), messages.text("goal.retry"));
        }));
    }

    /** One follow-up question about a vague goal; the answer to it is taken as it is. */
    private CompletableFuture<DialogTurnResult> goalDetailStep(WaterfallStepContext step) {
        return withDraft(step, (draft, messages) -> !draft.goalVague || draft.goalDetailAsked ? step.next(null)
            : ask(step, Slot.GOAL_DETAIL, TEXT_PROMPT, messages.text("goal.detail", Map.of("pupil", draft.pupil)),
                messages.text("goal.retry")));
    }

    /** The note, when the conversation started without one ("nieuwe leerling"). */
    private CompletableFuture<DialogTurnResult> noteStep(WaterfallStepContext step) {
        return withDraft(step, (draft, messages) -> draft.hasNote() || draft.editing ? step.next(null)
            : ask(step, Slot.NOTE, TEXT_PROMPT, messages.text(draft.stored ? "note.promptMore" : "note.prompt",
                Map.of("pupil", draft.pupil)), messages.text("note.retry")));
    }

    /** The needs card: the note reformulated against the goal, with the stored needs. */
    private CompletableFuture<DialogTurnResult> needsStep(WaterfallStepContext step) {
        return withDraft(step, (draft, messages) -> {
            if (draft.needsReviewed) {
                return step.next(null);
            }
            if (!draft.reformulated && draft.hasNote()) {
                NeedsCard.take(draft, engine.reformulate(draft.note, draft.goal, draft.pupil, messages));
                draft.reformulated = true;
            }
            return askCard(step, Slot.NEEDS, NeedsCard.KIND);
        });
    }

    /** "Hebben meer leerlingen dit nodig?" for the kept needs. */
    private CompletableFuture<DialogTurnResult> reachStep(WaterfallStepContext step) {
        return withDraft(step, (draft, messages) -> draft.reachDone || draft.needs.isEmpty() ? step.next(null)
            : askCard(step, Slot.REACH, ReachCard.KIND));
    }

    /** "Wat heb jij zelf nodig om dit te bieden?" (optional). */
    private CompletableFuture<DialogTurnResult> supportStep(WaterfallStepContext step) {
        return withDraft(step, (draft, messages) -> draft.supportDone ? step.next(null)
            : askCard(step, Slot.SUPPORT, SupportCard.KIND));
    }

    private CompletableFuture<DialogTurnResult> saveStep(WaterfallStepContext step) {
        return withDraft(step, (draft, messages) -> step.beginDialog(SAVE_STEPS));
    }

    /** Saves; when the store is away, says so and waits for "opslaan" (the draft stays). */
    private CompletableFuture<DialogTurnResult> trySaveStep(WaterfallStepContext step) {
        TurnContext turn = step.getContext();
        Messages messages = messages(turn);
        return drafts.get(turn, PupilDraft::new).thenCompose(draft -> {
            PupilPlan saved;
            try {
                saved = save(turn, draft);
            } catch (PupilRepository.UnavailableException e) {
                PromptOptions options = new PromptOptions();
                options.setPrompt(MessageFactory.text(messages.text("storage.unavailable") + "\n\n"
                    + messages.text("save.retry")));
                options.setRetryPrompt(MessageFactory.text(messages.text("save.retry")));
                return step.prompt(SAVE_PROMPT, options);
            }
            return drafts.delete(turn)
                .thenCompose(deleted -> turn.sendActivities(
                    MessageFactory.text(messages.text(draft.stored ? "save.updated" : "save.done",
                        Map.of("pupil", saved.name()))),
                    pupilCard.activity(saved, messages)))
                .thenCompose(sent -> step.endDialog(saved.name()));
        });
    }

    private static CompletableFuture<DialogTurnResult> retrySaveStep(WaterfallStepContext step) {
        return step.replaceDialog(SAVE_STEPS);
    }

    /**
     * Stores the draft. When the store could not be asked about this pupil before, asks now
     * and keeps the stored needs beside the new ones, so nothing stored is overwritten unseen.
     */
    private PupilPlan save(TurnContext turn, PupilDraft draft) {
        TeamScope team = TeamScope.of(turn.getActivity());
        if (!draft.storedChecked) {
            Optional<PupilPlan> stored = repository.find(team, draft.pupil);
            draft.storedChecked = true;
            stored.ifPresent(plan -> {
                draft.stored = true;
                draft.pupil = plan.name();
                for (PlannedNeed need : plan.needs()) {
                    if (draft.needs.stream().noneMatch(known -> known.text.equals(need.text()))) {
                        draft.addNeed(need.category().id(), need.text(), "", need.rule()).reach = need.reach().id();
                    }
                }
                plan.strengths().stream().filter(strength -> !draft.strengths.contains(strength))
                    .forEach(draft.strengths::add);
            });
        }
        return repository.save(team, draft.plan(), TeamScope.authorOf(turn.getActivity()));
    }

    /**
     * Once per draft: is this pupil stored? Then the goal is known and the needs are the start.
     * When the store cannot be asked, the conversation goes on and the save asks again.
     */
    private CompletableFuture<Void> lookUpStored(TurnContext turn, PupilDraft draft, Messages messages) {
        if (draft.storedChecked || draft.lookupFailed) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<PupilPlan> stored;
        try {
            stored = repository.find(TeamScope.of(turn.getActivity()), draft.pupil);
        } catch (PupilRepository.UnavailableException e) {
            draft.lookupFailed = true;
            return send(turn, messages.text("storage.readLater"));
        }
        draft.storedChecked = true;
        if (stored.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        draft.load(stored.get());
        if (draft.editing) {
            return CompletableFuture.completedFuture(null);
        }
        return send(turn, messages.text("goal.known", Map.of("pupil", draft.pupil, "goal", draft.goal)));
    }

    /**
     * Loads the draft, takes in the answer to what the step before asked, and then runs the
     * step, or (when the answer changed the card: an addition, a removal) starts the steps
     * again so the first open question, the same card, is shown anew.
     */
    private CompletableFuture<DialogTurnResult> withDraft(WaterfallStepContext step,
            java.util.function.BiFunction<PupilDraft, Messages, CompletableFuture<DialogTurnResult>> body) {
        TurnContext turn = step.getContext();
        Messages messages = messages(turn);
        return drafts.get(turn, PupilDraft::new).thenCompose(draft -> {
            Outcome outcome = takeAnswer(step, draft, messages);
            if (!outcome.done()) {
                CompletableFuture<Void> said = outcome.message() == null ? CompletableFuture.completedFuture(null)
                    : send(turn, outcome.message());
                return said.thenCompose(done -> step.replaceDialog(STEPS));
            }
            return body.apply(draft, messages);
        });
    }

    private Outcome takeAnswer(WaterfallStepContext step, PupilDraft draft, Messages messages) {
        Object asked = step.getValues().remove(ASKED);
        if (!(asked instanceof String name)) {
            return Outcome.DONE;
        }
        Slot slot = Slot.valueOf(name);
        Object answer = step.getResult();
        Outcome outcome = switch (slot) {
            case PUPIL -> {
                draft.pupil = PupilNames.clean((String) answer).orElse(((String) answer).strip());
                yield Outcome.DONE;
            }
            case GOAL -> goalAnswer(draft, ((String) answer).strip(), messages);
            case GOAL_DETAIL -> {
                draft.goal = ((String) answer).strip();
                draft.goalDetailAsked = true;
                yield Outcome.DONE;
            }
            case NOTE -> {
                draft.note = ((String) answer).strip();
                yield Outcome.DONE;
            }
            case NEEDS -> cardAnswer(needsCard.apply(draft, (JsonNode) answer, messages), () -> draft.needsReviewed = true);
            case REACH -> cardAnswer(reachCard.apply(draft, (JsonNode) answer, messages), () -> draft.reachDone = true);
            case SUPPORT -> cardAnswer(supportCard.apply(draft, (JsonNode) answer, messages),
                () -> draft.supportDone = true);
        };
        if (outcome.done()) {
            draft.answered.remove(slot);
            draft.answered.add(slot);
        }
        return outcome;
    }

    private Outcome goalAnswer(PupilDraft draft, String answer, Messages messages) {
        draft.goalConfirmed = true;
        if (draft.editing && draft.hasGoal() && Typed.isOneOf(answer, messages, "common.keep.words")) {
            return Outcome.DONE;
        }
        draft.goal = answer;
        draft.firstGoal = answer;
        draft.goalDetailAsked = false;
        draft.goalVague = engine.isVagueGoal(answer, draft.pupil, messages);
        return Outcome.DONE;
    }

    private static Outcome cardAnswer(Outcome outcome, Runnable whenDone) {
        if (outcome.done()) {
            whenDone.run();
        }
        return outcome;
    }

    private static CompletableFuture<DialogTurnResult> ask(WaterfallStepContext step, Slot slot, String promptId,
            String prompt, String retry) {
        PromptOptions options = new PromptOptions();
        options.setPrompt(MessageFactory.text(prompt));
        options.setRetryPrompt(MessageFactory.text(retry));
        step.getValues().put(ASKED, slot.name());
        return step.prompt(promptId, options);
    }

    private static CompletableFuture<DialogTurnResult> askCard(WaterfallStepContext step, Slot slot, String kind) {
        step.getValues().put(ASKED, slot.name());
        return step.prompt(CARD_PROMPT, CardPrompt.options(kind));
    }

    /** The card of a kind for the draft as it is now: when it is asked for, and again on a re-prompt. */
    private CompletableFuture<Activity> card(TurnContext turn, String kind) {
        Messages messages = messages(turn);
        return drafts.get(turn, PupilDraft::new).thenApply(draft -> switch (kind) {
            case NeedsCard.KIND -> needsCard.activity(draft, messages);
            case ReachCard.KIND -> reachCard.activity(draft, messages);
            case SupportCard.KIND -> supportCard.activity(draft, messages);
            default -> throw new IllegalArgumentException("No card of kind " + kind);
        });
    }

    private static CompletableFuture<Boolean> nameValidator(PromptValidatorContext<String> prompt) {
        return CompletableFuture.completedFuture(prompt.getRecognized().getSucceeded()
            && PupilNames.clean(prompt.getRecognized().getValue()).isPresent());
    }

    private static CompletableFuture<Boolean> textValidator(PromptValidatorContext<String> prompt) {
        return CompletableFuture.completedFuture(prompt.getRecognized().getSucceeded()
            && !prompt.getRecognized().getValue().isBlank());
    }

    private static CompletableFuture<Boolean> saveValidator(PromptValidatorContext<String> prompt) {
        Messages messages = messages(prompt.getContext());
        return CompletableFuture.completedFuture(prompt.getRecognized().getSucceeded()
            && Typed.isOneOf(prompt.getRecognized().getValue(), messages, "save.words"));
    }

    private static CompletableFuture<Void> send(TurnContext turn, String text) {
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }

    /** Whether the dialog waits for "opslaan" after the store was away. */
    static boolean waitsForSave(com.microsoft.bot.dialogs.DialogContext root) {
        com.microsoft.bot.dialogs.DialogContext inner = root.getChild();
        return inner != null && inner.getActiveDialog() != null && SAVE_PROMPT.equals(inner.getActiveDialog().getId());
    }
}
