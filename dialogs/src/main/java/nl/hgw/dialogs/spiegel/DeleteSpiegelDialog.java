package nl.hgw.dialogs.spiegel;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * "verwijder spiegel 24-11-2026": asks for a confirmation (ja/nee, typed or clicked), then
 * deletes the team's spiegels of that day for real. Started with the ISO date.
 */
final class DeleteSpiegelDialog extends ComponentDialog {

    static final String ID = "deleteSpiegelDialog";

    private static final String STEPS = ID + ".steps";

    private static final String CONFIRM_PROMPT = ID + ".confirmPrompt";

    private static final String DATE = "date";

    private static final int YES = 0;

    private final SpiegelRepository repository;

    DeleteSpiegelDialog(SpiegelRepository repository) {
        super(ID);
        this.repository = repository;
        addDialog(new WaterfallDialog(STEPS, List.of(DeleteSpiegelDialog::confirmStep, this::deleteStep)));
        ChoicePrompt confirm = new ChoicePrompt(CONFIRM_PROMPT);
        confirm.setDefaultLocale(Messages.forLocale(null).promptCulture());
        addDialog(confirm);
        setInitialDialogId(STEPS);
    }

    private static CompletableFuture<DialogTurnResult> confirmStep(WaterfallStepContext step) {
        Messages messages = messages(step.getContext());
        String date = (String) step.getOptions();
        step.getValues().put(DATE, date);
        Map<String, String> names = names(date, messages);
        PromptOptions options = new PromptOptions();
        options.setPrompt(MessageFactory.text(messages.text("spiegel.delete.confirm", names)));
        options.setRetryPrompt(MessageFactory.text(messages.text("spiegel.delete.retry", names)));
        options.setChoices(List.of(new Choice(messages.text("common.yes"), messages.list("common.yes.synonyms")),
            new Choice(messages.text("common.no"), messages.list("common.no.synonyms"))));
        return step.prompt(CONFIRM_PROMPT, options);
    }

    private CompletableFuture<DialogTurnResult> deleteStep(WaterfallStepContext step) {
        TurnContext turn = step.getContext();
        Messages messages = messages(turn);
        String date = (String) step.getValues().get(DATE);
        Map<String, String> names = names(date, messages);
        String answer;
        if (((FoundChoice) step.getResult()).getIndex() != YES) {
            answer = messages.text("spiegel.delete.kept", names);
        } else {
            try {
                long deleted = repository.deleteOnDate(TeamScope.of(turn.getActivity()), LocalDate.parse(date));
                answer = messages.text(deleted > 0 ? "spiegel.delete.done" : "spiegel.delete.gone", names);
            } catch (SpiegelRepository.UnavailableException e) {
                answer = messages.text("spiegel.storage.deleteFailed", names);
            }
        }
        return turn.sendActivity(MessageFactory.text(answer)).thenCompose(sent -> step.endDialog());
    }

    private static Map<String, String> names(String date, Messages messages) {
        return Map.of("date", SpiegelDates.display(LocalDate.parse(date), messages.locale()));
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }
}
