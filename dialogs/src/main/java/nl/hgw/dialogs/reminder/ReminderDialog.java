package nl.hgw.dialogs.reminder;

import com.microsoft.bot.dialogs.Dialog;
import com.microsoft.bot.dialogs.DialogContext;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.schema.Activity;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.Messages;

/**
 * Waits, after the reminder card, for the team's "how did it go?": the next message (or the
 * card's input) is the answer; "overslaan" ends it without one. An empty message asks again.
 * It waits for the day it asked only: a command, a note about a pupil or a message on a later
 * day ends it (see {@link ReminderFeature#letsGo}).
 */
final class ReminderDialog extends Dialog {

    static final String ID = "reminderDialog";

    private static final String REMINDER = "reminderId";

    private static final String ASKED_ON = "askedOn";

    private final ReminderAnswers answers;

    /** Which reminder, the card that asks, and the school day it asks on. */
    record Options(String reminderId, Activity question, LocalDate askedOn) {
    }

    ReminderDialog(ReminderAnswers answers) {
        super(ID);
        this.answers = answers;
    }

    @Override
    public CompletableFuture<DialogTurnResult> beginDialog(DialogContext context, Object options) {
        Options reminder = (Options) options;
        context.getActiveDialog().getState().put(REMINDER, reminder.reminderId());
        context.getActiveDialog().getState().put(ASKED_ON, reminder.askedOn().toString());
        return context.getContext().sendActivity(reminder.question()).thenApply(sent -> END_OF_TURN);
    }

    @Override
    public CompletableFuture<DialogTurnResult> continueDialog(DialogContext context) {
        Activity activity = context.getContext().getActivity();
        Messages messages = Messages.forLocale(activity.getLocale());
        String text = ReminderAnswers.answerIn(activity);
        if (messages.list("reminder.skip.words").stream().anyMatch(text::equalsIgnoreCase)) {
            return ReminderAnswers.send(context.getContext(), messages.text("reminder.answer.skipped"))
                .thenCompose(sent -> context.endDialog());
        }
        if (text.isEmpty()) {
            return ReminderAnswers.send(context.getContext(), messages.text("reminder.answer.empty"))
                .thenApply(sent -> END_OF_TURN);
        }
        String reminderId = (String) context.getActiveDialog().getState().get(REMINDER);
        return answers.store(context.getContext(), reminderId, text)
            .thenCompose(stored -> stored ? context.endDialog() : CompletableFuture.completedFuture(END_OF_TURN));
    }

    /** Whether the reminder dialog waits for an answer in this conversation. */
    static boolean isActive(DialogContext root) {
        return root.getActiveDialog() != null && ID.equals(root.getActiveDialog().getId());
    }

    /** The reminder the conversation waits for an answer to, if any. */
    static Optional<String> waitingFor(DialogContext root) {
        return isActive(root) ? Optional.ofNullable((String) root.getActiveDialog().getState().get(REMINDER))
            : Optional.empty();
    }

    /** Whether the waiting question was asked before {@code today} (or on an unknown day). */
    static boolean askedBefore(DialogContext root, LocalDate today) {
        Object asked = root.getActiveDialog().getState().get(ASKED_ON);
        return !(asked instanceof String day) || LocalDate.parse(day).isBefore(today);
    }
}
