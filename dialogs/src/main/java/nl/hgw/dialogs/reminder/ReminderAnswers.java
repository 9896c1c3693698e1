package nl.hgw.dialogs.reminder;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.DialogContext;
import com.microsoft.bot.schema.Activity;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.dialogs.spiegel.Reflection;
import nl.hgw.dialogs.spiegel.SpiegelDates;
import nl.hgw.dialogs.spiegel.SpiegelRepository;

/**
 * Stores "how did it go?" with the spiegel of the commitment, as a reflection with its author,
 * typed or from the reminder card; only for a reminder of the team that answers.
 */
final class ReminderAnswers {

    /** The card's text input. */
    static final String INPUT = "reminderAnswer";

    private final ReminderRepository reminders;

    private final SpiegelRepository spiegels;

    private final Clock clock;

    ReminderAnswers(ReminderRepository reminders, SpiegelRepository spiegels, Clock clock) {
        this.reminders = reminders;
        this.spiegels = spiegels;
        this.clock = clock;
    }

    /** What the user wrote: the text, or the card's input. */
    static String answerIn(Activity activity) {
        if (activity.getValue() instanceof Map<?, ?> value && value.get(INPUT) instanceof String typed) {
            return typed.strip();
        }
        return activity.getText() == null ? "" : activity.getText().strip();
    }

    /** Stores the answer; returns whether it was stored (else the user was told why). */
    CompletableFuture<Boolean> store(TurnContext turn, String reminderId, String text) {
        Messages messages = Messages.forLocale(turn.getActivity().getLocale());
        TeamScope team = TeamScope.of(turn.getActivity());
        Optional<Reminder> reminder;
        try {
            reminder = reminders.find(team, reminderId);
            if (reminder.isPresent()) {
                Activity activity = turn.getActivity();
                spiegels.addReflection(team, reminder.get().spiegelId(), new Reflection(text,
                    TeamScope.authorOf(activity), activity.getFrom() == null ? null : activity.getFrom().getName(),
                    clock.instant()));
            }
        } catch (SpiegelRepository.UnavailableException e) {
            return send(turn, messages.text("reminder.storage.failed")).thenApply(sent -> false);
        }
        if (reminder.isEmpty()) {
            return send(turn, messages.text("reminder.answer.unknown")).thenApply(sent -> true);
        }
        return send(turn, messages.text("reminder.answer.saved", Map.of("date",
            SpiegelDates.display(reminder.get().spiegelDate(), messages.locale())))).thenApply(sent -> true);
    }

    /** The card's button outside the waiting dialog. */
    CompletableFuture<Void> fromCard(DialogContext context, String reminderId) {
        TurnContext turn = context.getContext();
        String text = answerIn(turn.getActivity());
        if (text.isEmpty()) {
            return send(turn, Messages.forLocale(turn.getActivity().getLocale()).text("reminder.answer.empty"));
        }
        return store(turn, reminderId, text).thenApply(stored -> null);
    }

    static CompletableFuture<Void> send(TurnContext turn, String text) {
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }
}
