package nl.hgw.dialogs;

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

/**
 * A delete that asks first (ja/nee, typed or clicked), then deletes for real and says how it
 * went. Started with what to delete as a string; the messages are {@code <keys>.confirm},
 * {@code .retry}, {@code .kept}, {@code .done}, {@code .gone}, and {@code failedKey} when the
 * store is away.
 */
public abstract class ConfirmedDeleteDialog extends ComponentDialog {

    /** How a delete went. */
    protected enum Outcome { DELETED, GONE, STORE_AWAY }

    private static final String SUBJECT = "subject";

    private static final int YES = 0;

    private final String keys;

    private final String failedKey;

    private final String steps;

    private final String confirmPrompt;

    protected ConfirmedDeleteDialog(String id, String keys, String failedKey) {
        super(id);
        this.keys = keys;
        this.failedKey = failedKey;
        this.steps = id + ".steps";
        this.confirmPrompt = id + ".confirmPrompt";
        addDialog(new WaterfallDialog(steps, List.of(this::confirmStep, this::deleteStep)));
        ChoicePrompt confirm = new ChoicePrompt(confirmPrompt);
        confirm.setDefaultLocale(Messages.forLocale(null).promptCulture());
        addDialog(confirm);
        setInitialDialogId(steps);
    }

    /** The placeholders of the messages for {@code subject}. */
    protected abstract Map<String, String> names(String subject, Messages messages);

    /** Deletes {@code subject} of the conversation's team. */
    protected abstract Outcome delete(TurnContext turn, String subject);

    private CompletableFuture<DialogTurnResult> confirmStep(WaterfallStepContext step) {
        Messages messages = messages(step.getContext());
        String subject = (String) step.getOptions();
        step.getValues().put(SUBJECT, subject);
        Map<String, String> names = names(subject, messages);
        PromptOptions options = new PromptOptions();
        options.setPrompt(MessageFactory.text(messages.text(keys + ".confirm", names)));
        options.setRetryPrompt(MessageFactory.text(messages.text(keys + ".retry", names)));
        options.setChoices(List.of(new Choice(messages.text("common.yes"), messages.list("common.yes.synonyms")),
            new Choice(messages.text("common.no"), messages.list("common.no.synonyms"))));
        return step.prompt(confirmPrompt, options);
    }

    private CompletableFuture<DialogTurnResult> deleteStep(WaterfallStepContext step) {
        TurnContext turn = step.getContext();
        Messages messages = messages(turn);
        String subject = (String) step.getValues().get(SUBJECT);
        Map<String, String> names = names(subject, messages);
        String key;
        if (((FoundChoice) step.getResult()).getIndex() != YES) {
            key = keys + ".kept";
        } else {
            key = switch (delete(turn, subject)) {
                case DELETED -> keys + ".done";
                case GONE -> keys + ".gone";
                case STORE_AWAY -> failedKey;
            };
        }
        return turn.sendActivity(MessageFactory.text(messages.text(key, names))).thenCompose(sent -> step.endDialog());
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }
}
