package nl.hgw.dialogs;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.ComponentDialog;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallDialog;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import com.microsoft.bot.dialogs.choices.Choice;
import com.microsoft.bot.dialogs.choices.FoundChoice;
import com.microsoft.bot.dialogs.prompts.ChoicePrompt;
import com.microsoft.bot.dialogs.prompts.PromptOptions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Two turns: asks whether the user is a teacher, an IB'er/KC'er or someone else, then
 * keeps the answer in user state and shows the overview with the tasks in the order
 * that suits that role. Its place in the conversation lives in conversation state, so it
 * continues after a restart of the bot.
 */
public class RoleDialog extends ComponentDialog {

    public static final String ID = "roleDialog";

    private static final String STEPS = ID + ".steps";

    private static final String ROLE_PROMPT = ID + ".rolePrompt";

    private final StatePropertyAccessor<UserProfile> userProfile;

    private final HelpCard helpCard;

    RoleDialog(StatePropertyAccessor<UserProfile> userProfile, HelpCard helpCard) {
        super(ID);
        this.userProfile = userProfile;
        this.helpCard = helpCard;

        addDialog(new WaterfallDialog(STEPS, List.of(RoleDialog::roleStep, this::savedStep)));
        ChoicePrompt rolePrompt = new ChoicePrompt(ROLE_PROMPT);
        rolePrompt.setDefaultLocale(Messages.forLocale(null).promptCulture());
        addDialog(rolePrompt);
        setInitialDialogId(STEPS);
    }

    private static CompletableFuture<DialogTurnResult> roleStep(WaterfallStepContext step) {
        Messages messages = messages(step.getContext());
        PromptOptions options = new PromptOptions();
        options.setPrompt(MessageFactory.text(messages.text("role.prompt")));
        options.setRetryPrompt(MessageFactory.text(messages.text("role.retry")));
        options.setChoices(choices(messages));
        return step.prompt(ROLE_PROMPT, options);
    }

    private CompletableFuture<DialogTurnResult> savedStep(WaterfallStepContext step) {
        TurnContext turn = step.getContext();
        Messages messages = messages(turn);
        Role role = Role.values()[((FoundChoice) step.getResult()).getIndex()];
        return userProfile.get(turn, UserProfile::new)
            .thenCompose(profile -> {
                profile.setRole(role);
                return userProfile.set(turn, profile);
            })
            .thenCompose(saved -> turn.sendActivities(
                MessageFactory.text(messages.text("role." + role.key() + ".saved")),
                helpCard.activity(messages, role)))
            .thenCompose(sent -> step.endDialog(role));
    }

    /** One choice per role, in {@link Role} order, so the choice's index is the role. */
    static List<Choice> choices(Messages messages) {
        return Arrays.stream(Role.values())
            .map(role -> new Choice(messages.text("role." + role.key()), messages.list("role." + role.key() + ".synonyms")))
            .toList();
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }
}
