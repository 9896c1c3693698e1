package nl.hgw.dialogs.pupil;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.ComponentDialog;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallDialog;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import com.microsoft.bot.dialogs.choices.Choice;
import com.microsoft.bot.dialogs.choices.FoundChoice;
import com.microsoft.bot.dialogs.prompts.ChoicePrompt;
import com.microsoft.bot.dialogs.prompts.PromptOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.Messages;

/**
 * "verwijder Joost": asks for a confirmation (ja/nee, typed or clicked), then deletes the
 * pupil's record for real. Started with the pupil's name as stored.
 */
final class DeleteDialog extends ComponentDialog {

    static final String ID = "deleteDialog";

    private static final String STEPS = ID + ".steps";

    private static final String CONFIRM_PROMPT = ID + ".confirmPrompt";

    private static final int YES = 0;

    private final PupilRepository repository;

    DeleteDialog(PupilRepository repository) {
        super(ID);
        this.repository = repository;
        addDialog(new WaterfallDialog(STEPS, List.of(DeleteDialog::confirmStep, this::deleteStep)));
        ChoicePrompt confirm = new ChoicePrompt(CONFIRM_PROMPT);
        confirm.setDefaultLocale(Messages.forLocale(null).promptCulture());
        addDialog(confirm);
        setInitialDialogId(STEPS);
    }

    private static CompletableFuture<DialogTurnResult> confirmStep(WaterfallStepContext step) {
        Messages messages = messages(step.getContext());
        String pupil = (String) step.getOptions();
        step.getValues().put("pupil", pupil);
        PromptOptions options = new PromptOptions();
        options.setPrompt(MessageFactory.text(messages.text("delete.confirm", Map.of("pupil", pupil))));
        options.setRetryPrompt(MessageFactory.text(messages.text("delete.retry", Map.of("pupil", pupil))));
        options.setChoices(List.of(new Choice(messages.text("common.yes"), messages.list("common.yes.synonyms")),
            new Choice(messages.text("common.no"), messages.list("common.no.synonyms"))));
        return step.prompt(CONFIRM_PROMPT, options);
    }

    private CompletableFuture<DialogTurnResult> deleteStep(WaterfallStepContext step) {
        TurnContext turn = step.getContext();
        Messages messages = messages(turn);
        String pupil = (String) step.getValues().get("pupil");
        Map<String, String> names = Map.of("pupil", pupil);
        String answer;
        if (((FoundChoice) step.getResult()).getIndex() != YES) {
            answer = messages.text("delete.kept", names);
        } else {
            try {
                answer = messages.text(repository.delete(TeamScope.of(turn.getActivity()), pupil) ? "delete.done"
                    : "delete.gone", names);
            } catch (PupilRepository.UnavailableException e) {
                answer = messages.text("storage.deleteFailed", names);
            }
        }
        return turn.sendActivity(MessageFactory.text(answer)).thenCompose(sent -> step.endDialog());
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }
}
