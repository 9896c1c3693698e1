package nl.hgw.dialogs;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.BotState;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.DialogContext;
import com.microsoft.bot.dialogs.DialogSet;
import com.microsoft.bot.dialogs.DialogState;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.group.GroupFeature;
import nl.hgw.dialogs.group.GroupRepository;
import nl.hgw.dialogs.pupil.NoteEngine;
import nl.hgw.dialogs.pupil.PupilFeature;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.report.ReportDesk;
import nl.hgw.dialogs.report.ReportFeature;
import nl.hgw.dialogs.reminder.Reminder;
import nl.hgw.dialogs.reminder.ReminderFeature;
import nl.hgw.dialogs.reminder.ReminderRepository;
import nl.hgw.dialogs.spiegel.SpiegelFeature;
import nl.hgw.dialogs.spiegel.SpiegelRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HGW-assistent's conversation. It welcomes a new conversation once, asks the user's
 * role the first time ({@link RoleDialog}), shows the overview card on {@code help}, takes a
 * note about a pupil into the goal-first conversation ({@link PupilFeature}), runs the pupil
 * commands ({@code leerlingen}, {@code toon}, {@code wijzig}, {@code verwijder}), leads the
 * team's HGW-spiegel ({@link SpiegelFeature}: {@code spiegel}, {@code verder met de spiegel},
 * {@code spiegels}, {@code toon spiegel}, {@code verwijder spiegel}), shows the group overview ({@link GroupFeature}: {@code groepsoverzicht},
 * {@code verplaats}, {@code hernoem cirkel}, {@code exporteer groep}, {@code exporteer <naam>}) and answers anything else
 * with what it can do. In a Teams channel or group chat it reads only messages
 * that @mention it (and its own cards' submits). Conversation and user state are saved at the
 * end of every turn. Never logs what users write.
 */
public class HgwBot extends ActivityHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HgwBot.class);

    /**
     * The longest message (text plus card data) read outside a report: a note is a few
     * sentences, and reading costs time in proportion to length. A report may be longer (its own
     * limits apply): {@code herformuleer verslag} with the text, or the text while the report
     * dialog asks for it.
     */
    public static final int MAX_MESSAGE = 20_000;

    private final BotState conversationState;

    private final BotState userState;

    private final StatePropertyAccessor<ConversationData> conversationData;

    private final StatePropertyAccessor<UserProfile> userProfile;

    private final DialogSet dialogs;

    private final HelpCard helpCard = new HelpCard();

    private final PupilFeature pupils;

    private final ReportFeature reports;

    private final SpiegelFeature spiegels;

    private final ReminderFeature reminders;

    private final GroupFeature groups;

    /**
     * @param engine   the reformulation engine and what the dialogs ask of it (load once, share)
     * @param pupils   where the team's pupils are kept
     * @param reports  reading, reformulating and offering whole reports
     * @param spiegels  where the team's spiegels are kept
     * @param reminders where the "how did it go?" reminders of the commitments are kept
     * @param groups    where the team's changes to its group overview are kept
     * @param clock     what "today" is (spiegels are named by date)
     */
    public HgwBot(BotState conversationState, BotState userState, NoteEngine engine,
            PupilRepository pupils, ReportDesk reports, SpiegelRepository spiegels, ReminderRepository reminders,
            GroupRepository groups, Clock clock) {
        this.conversationState = conversationState;
        this.userState = userState;
        this.conversationData = conversationState.createProperty("conversationData");
        this.userProfile = userState.createProperty("userProfile");
        StatePropertyAccessor<DialogState> dialogState = conversationState.createProperty("dialogState");
        this.dialogs = new DialogSet(dialogState);
        this.dialogs.add(new RoleDialog(userProfile, helpCard));
        this.pupils = new PupilFeature(conversationState, engine, pupils);
        this.pupils.dialogs().forEach(this.dialogs::add);
        this.reports = new ReportFeature(conversationState, reports, pupils);
        this.reports.dialogs().forEach(this.dialogs::add);
        this.reminders = new ReminderFeature(reminders, spiegels, clock);
        this.reminders.dialogs().forEach(this.dialogs::add);
        this.spiegels = new SpiegelFeature(conversationState, spiegels, reports.links(), this.reminders, clock);
        this.spiegels.dialogs().forEach(this.dialogs::add);
        this.groups = new GroupFeature(pupils, groups, reports.links(), engine.needKinds(), clock);
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        LOG.debug("Turn: type={} channel={} activity={}", turn.getActivity().getType(),
            turn.getActivity().getChannelId(), turn.getActivity().getId());
        return super.onTurn(turn)
            .thenCompose(done -> conversationState.saveChanges(turn))
            .thenCompose(done -> userState.saveChanges(turn));
    }

    /**
     * A reminder's day has come: a turn the bot starts itself, in the conversation where the
     * team made its commitment ({@code turn} continues that conversation).
     */
    public CompletableFuture<Void> remind(TurnContext turn, Reminder reminder) {
        return dialogs.createContext(turn)
            .thenCompose(dialog -> reminders.remind(dialog, reminder))
            .thenCompose(done -> conversationState.saveChanges(turn));
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (!addressed(activity)) {
            return CompletableFuture.completedFuture(null);
        }
        Command.Parsed command = Command.parse(activity);
        activity.setText(Mentions.textWithoutMentions(activity));
        String text = activity.getText() == null ? "" : activity.getText().strip();
        return dialogs.createContext(turn).thenCompose(dialog -> {
            if (tooLong(activity, text, command, dialog)) {
                return sendText(turn, messages(turn).text("message.too_long",
                    Map.of("limit", String.format(messages(turn).locale(), "%,d", MAX_MESSAGE))));
            }
            if (command.command() != Command.REMINDER_ANSWER && reminders.letsGo(dialog,
                    () -> command.command() != Command.NONE || pupils.looksLikeNote(turn, text))) {
                return dialog.cancelAllDialogs().thenCompose(ended -> route(dialog, command, text));
            }
            if (dialog.getActiveDialog() != null) {
                return interrupt(dialog, command);
            }
            return conversationData.get(turn, ConversationData::new).thenCompose(data -> {
                if (data.isWelcomed() || inSharedChat(activity)) {
                    data.setWelcomed(true);
                    return route(dialog, command, text);
                }
                boolean somethingToDo = command.command() != Command.NONE || pupils.looksLikeNote(turn, text)
                    || ReportFeature.hasFile(activity);
                if (!somethingToDo) {
                    return welcome(turn, dialog, data, true);
                }
                return welcome(turn, dialog, data, false).thenCompose(welcomed -> route(dialog, command, text));
            });
        });
    }

    /** Longer than {@link #MAX_MESSAGE}, and not a report. */
    private static boolean tooLong(Activity activity, String text, Command.Parsed command, DialogContext dialog) {
        long length = text.length() + (activity.getValue() == null ? 0
            : Serialization.objectToTree(activity.getValue()).toString().length());
        return length > MAX_MESSAGE && command.command() != Command.REPORT && !ReportFeature.inReport(dialog);
    }

    /**
     * What works while a dialog waits for an answer: help, stop, back, save; another card's
     * button is put off; anything else is the answer ("verder" too: the spiegel moves on).
     */
    private CompletableFuture<Void> interrupt(DialogContext dialog, Command.Parsed command) {
        boolean inSpiegel = SpiegelFeature.inSpiegel(dialog);
        return switch (command.command()) {
            case HELP -> sendHelp(dialog.getContext()).thenCompose(sent -> dialog.repromptDialog());
            case CANCEL -> inSpiegel ? spiegels.cancel(dialog)
                : reports.forget(dialog.getContext()).thenCompose(forgotten -> pupils.cancel(dialog));
            case BACK -> inSpiegel ? spiegels.back(dialog) : pupils.back(dialog);
            case SAVE -> PupilFeature.inNote(dialog) ? pupils.save(dialog)
                : inSpiegel ? spiegels.save(dialog) : dialog.continueDialog().thenApply(result -> null);
            case NONE -> dialog.continueDialog().thenApply(result -> null);
            case REMINDER_ANSWER -> reminders.answer(dialog, command.argument());
            case MIRROR -> inSpiegel
                ? sendText(dialog.getContext(), messages(dialog.getContext()).text("spiegel.busy"))
                : otherCommand(dialog);
            default -> otherCommand(dialog);
        };
    }

    /** A button of an older card (help, a pupil's card) is put off; typed, the same words are an answer. */
    private CompletableFuture<Void> otherCommand(DialogContext dialog) {
        return dialog.getContext().getActivity().getValue() == null
            ? dialog.continueDialog().thenApply(result -> null)
            : sendText(dialog.getContext(), messages(dialog.getContext()).text("dialog.busy"))
                .thenCompose(sent -> dialog.repromptDialog());
    }

    /** A command, a note about a pupil, or anything else. */
    private CompletableFuture<Void> route(DialogContext dialog, Command.Parsed command, String text) {
        TurnContext turn = dialog.getContext();
        return switch (command.command()) {
            case HELP -> sendHelp(turn);
            case ROLE -> dialog.beginDialog(RoleDialog.ID).thenApply(result -> null);
            case NEW_PUPIL -> pupils.startNew(dialog, command.argument());
            case LIST -> pupils.list(turn);
            case SHOW -> pupils.show(dialog, command.argument(), text);
            case EDIT -> pupils.edit(dialog, command.argument(), text);
            case DELETE -> pupils.delete(dialog, command.argument(), text);
            case REPORT -> reports.start(dialog, command.argument());
            case MIRROR -> spiegels.start(dialog);
            case MIRROR_CONTINUE -> spiegels.resume(dialog);
            case MIRRORS -> spiegels.list(turn);
            case MIRROR_SHOW -> spiegels.show(turn, command.argument());
            case MIRROR_DELETE -> spiegels.delete(dialog, command.argument());
            case MIRROR_EXPORT -> spiegels.export(turn, command.argument());
            case GROUP_OVERVIEW -> groups.overview(turn);
            case GROUP_MOVE -> groups.move(turn, command.argument());
            case GROUP_RENAME -> groups.rename(turn, command.argument());
            case GROUP_EXPORT -> groups.exportGroup(turn);
            case PUPIL_EXPORT -> groups.exportPupil(turn, command.argument());
            case REMINDERS -> reminders.list(turn);
            case REMINDER_CANCEL -> reminders.cancel(turn, command.argument());
            case REMINDER_ANSWER -> reminders.answer(dialog, command.argument());
            case CANCEL, BACK, SAVE -> sendText(turn, messages(turn).text("nothing.running"));
            case NONE -> {
                if (ReportFeature.hasFile(turn.getActivity())) {
                    yield reports.start(dialog, text);
                }
                if (turn.getActivity().getValue() != null && text.isEmpty()) {
                    yield sendText(turn, messages(turn).text("card.finished"));
                }
                yield pupils.looksLikeNote(turn, text) ? pupils.startNote(dialog, text) : sendFallback(turn);
            }
        };
    }

    /**
     * In a Teams channel or group chat the bot reads a message only when it is @mentioned,
     * or when it is a submit of one of its cards (those carry no mention).
     */
    static boolean addressed(Activity activity) {
        return !inSharedChat(activity) || activity.getValue() != null || Mentions.mentionsBot(activity);
    }

    private static boolean inSharedChat(Activity activity) {
        String type = activity.getConversation() == null ? null : activity.getConversation().getConversationType();
        return "channel".equals(type) || "groupChat".equals(type);
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
                : welcome(turn, dialog, data, true)));
    }

    /** The welcome, once per conversation; asks the role when it is not known yet and {@code askRole}. */
    private CompletableFuture<Void> welcome(TurnContext turn, DialogContext dialog, ConversationData data,
            boolean askRole) {
        data.setWelcomed(true);
        Messages messages = messages(turn);
        return conversationData.set(turn, data)
            .thenCompose(saved -> userProfile.get(turn, UserProfile::new))
            .thenCompose(profile -> {
                String text = messages.text("welcome.greeting") + "\n\n" + messages.text("welcome.tasks") + "\n\n"
                    + taskList(messages, Role.taskOrder(profile.getRole()), true) + "\n\n"
                    + messages.text("welcome.help");
                CompletableFuture<Void> sent = turn.sendActivity(MessageFactory.text(text)).thenApply(r -> null);
                if (profile.getRole() != null || !askRole) {
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

    private static CompletableFuture<Void> sendText(TurnContext turn, String text) {
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
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
