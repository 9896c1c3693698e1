package nl.hgw.dialogs;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.dialogs.DialogContext;
import com.microsoft.bot.dialogs.DialogSet;
import com.microsoft.bot.dialogs.DialogState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HGW-assistent's conversation. It welcomes a new conversation once, asks the user's
 * role the first time ({@link RoleDialog}), shows the overview card on {@code help} and
 * answers anything else with what it can do. Conversation and user state are saved at the
 * end of every turn. Never logs what users write.
 */
public class HgwBot extends ActivityHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HgwBot.class);

    private final ConversationState conversationState;

    private final UserState userState;

    private final StatePropertyAccessor<ConversationData> conversationData;

    private final StatePropertyAccessor<UserProfile> userProfile;

    private final DialogSet dialogs;

    private final HelpCard helpCard = new HelpCard();

    public HgwBot(ConversationState conversationState, UserState userState) {
        this.conversationState = conversationState;
        this.userState = userState;
        this.conversationData = conversationState.createProperty("conversationData");
        this.userProfile = userState.createProperty("userProfile");
        StatePropertyAccessor<DialogState> dialogState = conversationState.createProperty("dialogState");
        this.dialogs = new DialogSet(dialogState);
        this.dialogs.add(new RoleDialog(userProfile, helpCard));
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        LOG.debug("Turn: type={} channel={} activity={}", turn.getActivity().getType(),
            turn.getActivity().getChannelId(), turn.getActivity().getId());
        return super.onTurn(turn)
            .thenCompose(done -> conversationState.saveChanges(turn))
            .thenCompose(done -> userState.saveChanges(turn));
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Command command = Command.of(turn.getActivity());
        turn.getActivity().setText(Command.textWithoutMentions(turn.getActivity()));
        return dialogs.createContext(turn).thenCompose(dialog -> {
            if (dialog.getActiveDialog() != null) {
                if (command == Command.HELP) {
                    return sendHelp(turn).thenCompose(sent -> dialog.repromptDialog());
                }
                return dialog.continueDialog().thenApply(result -> null);
            }
            return conversationData.get(turn, ConversationData::new).thenCompose(data -> {
                if (!data.isWelcomed()) {
                    return welcome(turn, dialog, data);
                }
                return switch (command) {
                    case HELP -> sendHelp(turn);
                    case ROLE -> dialog.beginDialog(RoleDialog.ID).thenApply(result -> null);
                    case NONE -> sendFallback(turn);
                };
            });
        });
    }

    /** Someone joined: the user (Emulator, Web Chat) or the bot itself (Teams install). */
    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
        if (turn.getActivity().getMembersAdded() == null || turn.getActivity().getMembersAdded().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return welcomeOnce(turn);
    }

    @Override
    protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
        return welcomeOnce(turn);
    }

    private CompletableFuture<Void> welcomeOnce(TurnContext turn) {
        return dialogs.createContext(turn).thenCompose(dialog -> conversationData.get(turn, ConversationData::new)
            .thenCompose(data -> data.isWelcomed() ? CompletableFuture.completedFuture(null)
                : welcome(turn, dialog, data)));
    }

    /** The welcome, once per conversation; asks the role when it is not known yet. */
    private CompletableFuture<Void> welcome(TurnContext turn, DialogContext dialog, ConversationData data) {
        data.setWelcomed(true);
        Messages messages = messages(turn);
        return conversationData.set(turn, data)
            .thenCompose(saved -> userProfile.get(turn, UserProfile::new))
            .thenCompose(profile -> {
                String text = messages.text("welcome.greeting") + "\n\n" + messages.text("welcome.tasks") + "\n\n"
                    + taskList(messages, Role.taskOrder(profile.getRole()), true) + "\n\n"
                    + messages.text("welcome.help");
                CompletableFuture<Void> sent = turn.sendActivity(MessageFactory.text(text)).thenApply(r -> null);
                if (profile.getRole() != null) {
                    return sent;
                }
                return sent.thenCompose(r -> dialog.beginDialog(RoleDialog.ID)).thenApply(result -> null);
            });
    }

    private CompletableFuture<Void> sendHelp(TurnContext turn) {
        return userProfile.get(turn, UserProfile::new)
            .thenCompose(profile -> turn.sendActivity(helpCard.activity(messages(turn), profile.getRole())))
            .thenApply(sent -> null);
    }

    private CompletableFuture<Void> sendFallback(TurnContext turn) {
        Messages messages = messages(turn);
        return userProfile.get(turn, UserProfile::new)
            .thenCompose(profile -> turn.sendActivity(MessageFactory.text(messages.text("fallback.intro") + "\n\n"
                + taskList(messages, Role.taskOrder(profile.getRole()), false) + "\n\n"
                + messages.text("fallback.outro"))))
            .thenApply(sent -> null);
    }

    /** "1. **title** – text" lines, in the given order. */
    static String taskList(Messages messages, List<Task> order, boolean withText) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < order.size(); i++) {
            Task task = order.get(i);
            list.append(i + 1).append(". **").append(task.title(messages)).append("**");
            if (withText) {
                list.append(" – ").append(task.text(messages));
            }
            if (i < order.size() - 1) {
                list.append('\n');
            }
        }
        return list.toString();
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }
}
