package nl.hgw.dialogs.report;

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
import com.microsoft.bot.schema.ActivityTypes;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.nlp.report.ReportReformulation;

/**
 * "herformuleer verslag": the report (pasted or attached), the goal when the report states
 * none, then the reformulation with a summary card and the .docx, and on request the needs
 * saved to the pupil. A file that cannot be read is said and asked for again; nothing is
 * stored until the IB/KC says so.
 */
final class ReportDialog extends ComponentDialog {

    static final String ID = "reportDialog";

    private static final String STEPS = "reportSteps";

    private static final String SAVE_STEPS = "reportSaveSteps";

    private static final String REPORT_PROMPT = "reportText";

    private static final String TEXT_PROMPT = "reportAnswer";

    /** Above this many paragraphs the user is told that the work takes a moment. */
    static final int PROGRESS_FROM = 5;

    private final StatePropertyAccessor<ReportDraft> drafts;

    private final ReportDesk desk;

    private final ReportSaver saver;

    private final ReportCard card = new ReportCard();

    ReportDialog(StatePropertyAccessor<ReportDraft> drafts, ReportDesk desk, PupilRepository pupils) {
        super(ID);
        this.drafts = drafts;
        this.desk = desk;
        this.saver = new ReportSaver(pupils);
        addDialog(new WaterfallDialog(STEPS, List.of(this::askReportStep, this::readReportStep, this::goalStep,
            this::reformulateStep, this::endStep)));
        addDialog(new WaterfallDialog(SAVE_STEPS, List.of(this::askSaveStep, this::saveAnswerStep, this::saveStep)));
        addDialog(new TextPrompt(REPORT_PROMPT, ReportDialog::anyMessage));
        addDialog(new TextPrompt(TEXT_PROMPT, ReportDialog::hasLetters));
        setInitialDialogId(STEPS);
    }

    private CompletableFuture<DialogTurnResult> askReportStep(WaterfallStepContext step) {
        return drafts.get(step.getContext(), ReportDraft::new).thenCompose(draft -> {
            if (!draft.paragraphs.isEmpty()) {
                return step.next(null);
            }
            Messages messages = messages(step);
            String ask = messages.text(sharedChat(step.getContext().getActivity()) ? "report.ask.shared" : "report.ask",
                Map.of("megabytes", String.valueOf(desk.reader().limits().maxBytes() / (1024 * 1024))));
            return step.prompt(REPORT_PROMPT, prompt(ask));
        });
    }

    private CompletableFuture<DialogTurnResult> readReportStep(WaterfallStepContext step) {
        TurnContext turn = step.getContext();
        Messages messages = messages(step);
        return drafts.get(turn, ReportDraft::new).thenCompose(draft -> {
            if (draft.paragraphs.isEmpty()) {
                String text = step.getResult() instanceof String answer ? answer : "";
                Optional<String> problem = desk.readInto(draft, turn, text, messages);
                if (problem.isPresent()) {
                    return send(turn, problem.get()).thenCompose(sent -> step.replaceDialog(STEPS));
                }
            }
            return drafts.set(turn, draft).thenCompose(set -> {
                String received = messages.text("report.received", Map.of("count",
                    String.valueOf(draft.paragraphs.size())));
                if (draft.hasGoal()) {
                    return send(turn, received + " " + messages.text("report.goal.found",
                        Map.of("goal", String.join(" · ", draft.statedGoals.isEmpty() ? List.of(draft.goal)
                            : draft.statedGoals)))).thenCompose(sent -> step.next(null));
                }
                String ask = draft.pupil.isBlank() ? messages.text("report.goal.ask")
                    : messages.text("report.goal.askPupil", Map.of("pupil", draft.pupil));
                return step.prompt(TEXT_PROMPT, prompt(received + "\n\n" + ask,
                    messages.text("report.goal.retry")));
            });
        });
    }

    private CompletableFuture<DialogTurnResult> goalStep(WaterfallStepContext step) {
        return drafts.get(step.getContext(), ReportDraft::new).thenCompose(draft -> {
            if (step.getResult() instanceof String goal && !draft.hasGoal()) {
                draft.goal = goal.strip();
            }
            return drafts.set(step.getContext(), draft).thenCompose(set -> step.next(null));
        });
    }

    private CompletableFuture<DialogTurnResult> reformulateStep(WaterfallStepContext step) {
        TurnContext turn = step.getContext();
        Messages messages = messages(step);
        return drafts.get(turn, ReportDraft::new).thenCompose(draft -> {
            CompletableFuture<Void> started = turn.sendActivity(new Activity(ActivityTypes.TYPING)).thenApply(r -> null);
            if (draft.paragraphs.size() > PROGRESS_FROM) {
                started = started.thenCompose(r -> send(turn, messages.text("report.working",
                    Map.of("count", String.valueOf(draft.paragraphs.size())))));
            }
            return started.thenCompose(r -> {
                ReportReformulation report = desk.reformulate(draft, messages);
                URI link;
                try {
                    link = desk.publish(TeamScope.of(turn.getActivity()), report, messages);
                } catch (PupilRepository.UnavailableException unavailable) {
                    return send(turn, messages.text("report.publish.failed")).thenCompose(sent -> step.endDialog());
                }
                draft.needs = new java.util.ArrayList<>();
                report.needs().values().forEach(needs -> needs.forEach(need ->
                    draft.needs.add(new ReportDraft.SavedNeed(need.category(), need.text(), need.rule()))));
                draft.strengths = new java.util.ArrayList<>(report.strengths());
                CompletableFuture<Void> shown = turn.sendActivity(card.activity(report, link, messages))
                    .thenCompose(sent -> drafts.set(turn, draft));
                if (draft.needs.isEmpty()) {
                    return shown.thenCompose(sent -> send(turn, messages.text("report.noNeeds")))
                        .thenCompose(sent -> step.next(null));
                }
                return shown.thenCompose(sent -> step.beginDialog(SAVE_STEPS));
            });
        });
    }

    private CompletableFuture<DialogTurnResult> endStep(WaterfallStepContext step) {
        return endClean(step);
    }

    private CompletableFuture<DialogTurnResult> askSaveStep(WaterfallStepContext step) {
        Messages messages = messages(step);
        return drafts.get(step.getContext(), ReportDraft::new).thenCompose(draft -> {
            String count = String.valueOf(draft.needs.size());
            String ask = draft.pupil.isBlank() ? messages.text("report.save.askNoPupil", Map.of("count", count))
                : messages.text("report.save.ask", Map.of("count", count, "pupil", draft.pupil));
            return step.prompt(TEXT_PROMPT, prompt(ask, messages.text("report.save.retry")));
        });
    }

    private CompletableFuture<DialogTurnResult> saveAnswerStep(WaterfallStepContext step) {
        Messages messages = messages(step);
        String answer = step.getResult() instanceof String text ? text.strip() : "";
        return drafts.get(step.getContext(), ReportDraft::new).thenCompose(draft -> {
            if (Answers.isNo(answer, messages)) {
                return send(step.getContext(), messages.text("report.done")).thenCompose(sent -> step.endDialog());
            }
            if (!Answers.isYes(answer, messages)) {
                // a name typed straight away is a yes for that pupil
                return step.next(answer);
            }
            if (!draft.pupil.isBlank()) {
                return step.next(draft.pupil);
            }
            return step.prompt(TEXT_PROMPT, prompt(messages.text("report.save.name"), messages.text("report.save.name")));
        });
    }

    private CompletableFuture<DialogTurnResult> saveStep(WaterfallStepContext step) {
        TurnContext turn = step.getContext();
        Messages messages = messages(step);
        String name = step.getResult() instanceof String text ? text : "";
        return drafts.get(turn, ReportDraft::new).thenCompose(draft -> {
            ReportSaver.Outcome outcome = saver.save(turn.getActivity(), draft, name);
            return switch (outcome.result()) {
                case SAVED -> send(turn, messages.text("report.saved", Map.of("count", String.valueOf(outcome.added()),
                    "pupil", outcome.pupil()))).thenCompose(sent -> step.endDialog());
                case NO_NAME -> send(turn, messages.text("report.save.noName"))
                    .thenCompose(sent -> step.replaceDialog(SAVE_STEPS));
                case UNAVAILABLE -> send(turn, messages.text("report.save.failed"))
                    .thenCompose(sent -> step.replaceDialog(SAVE_STEPS));
            };
        });
    }

    /** Ends the dialog and forgets the report. */
    private CompletableFuture<DialogTurnResult> endClean(WaterfallStepContext step) {
        return drafts.delete(step.getContext()).thenCompose(deleted -> step.endDialog());
    }

    /** Any message is the report: an attachment without text too. */
    private static CompletableFuture<Boolean> anyMessage(PromptValidatorContext<String> prompt) {
        return CompletableFuture.completedFuture(true);
    }

    private static CompletableFuture<Boolean> hasLetters(PromptValidatorContext<String> prompt) {
        String text = prompt.getRecognized().getValue();
        return CompletableFuture.completedFuture(text != null && text.codePoints().anyMatch(Character::isLetter));
    }

    private static boolean sharedChat(Activity activity) {
        String type = activity.getConversation() == null ? null : activity.getConversation().getConversationType();
        return "channel".equals(type) || "groupChat".equals(type);
    }

    private static PromptOptions prompt(String text) {
        PromptOptions options = new PromptOptions();
        options.setPrompt(MessageFactory.text(text));
        return options;
    }

    private static PromptOptions prompt(String text, String retry) {
        PromptOptions options = prompt(text);
        options.setRetryPrompt(MessageFactory.text(retry));
        return options;
    }

    private static CompletableFuture<Void> send(TurnContext turn, String text) {
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }

    private static Messages messages(WaterfallStepContext step) {
        return Messages.forLocale(step.getContext().getActivity().getLocale());
    }
}
